// Referrals with their status, expected answer (a silent referral shows as an overdue deadline in the
// coordinator's "today" panel) and the answer once it comes.
import { getTranslations } from "next-intl/server";

import { ActionDialog } from "@/components/member-file/action-dialog";
import { FormDisclosure } from "@/components/member-file/done-context";
import { getDayFormatter, type SectionProps } from "@/components/member-file/file-context";
import { AnswerReferralForm, CreateReferralForm } from "@/components/member-file/referral-forms";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ConsentRecord } from "@/lib/consents/rules";
import { fromDbDate } from "@/lib/dates";
import type { MemberFileView } from "@/lib/timeline/queries";

export async function ReferralsSection({
  file,
  access,
  activeTrajectoryId,
  consents,
  responseDays,
}: SectionProps & {
  file: Pick<MemberFileView, "referrals" | "deadlines">;
  activeTrajectoryId: string | null;
  consents: ConsentRecord[];
  responseDays: number;
}) {
  const t = await getTranslations();
  const day = await getDayFormatter();
  const referrals = [...file.referrals].reverse();
  // "No answer yet" is the engine's REFERRAL_RESPONSE deadline being overdue, as in the deadlines card.
  const silent = new Set(
    file.deadlines
      .filter((deadline) => deadline.rule === "REFERRAL_RESPONSE" && deadline.status === "OVERDUE")
      .map((deadline) => deadline.subjectId),
  );
  return (
    <Card title={t("memberFile.referrals.title")}>
      <div id="referrals" className="space-y-3">
        {referrals.length === 0 ? (
          <p className="text-sm text-slate-600">{t("memberFile.referrals.none")}</p>
        ) : (
          <Table caption={t("memberFile.referrals.caption")}>
            <THead>
              <TR>
                <TH>{t("memberFile.referrals.target")}</TH>
                <TH>{t("memberFile.referrals.sentDate")}</TH>
                <TH>{t("memberFile.referrals.status")}</TH>
                <TH>
                  <span className="sr-only">{t("common.actions")}</span>
                </TH>
              </TR>
            </THead>
            <TBody>
              {referrals.map((referral) => {
                const target = `${t(`enums.referralTarget.${referral.target}`)}${referral.organisation ? ` (${referral.organisation})` : ""}`;
                const expected = fromDbDate(referral.expectedResponseDate);
                const isSilent = silent.has(referral.id);
                return (
                  <TR key={referral.id} data-testid="referral">
                    <TD>{target}</TD>
                    <TD>
                      {day(referral.sentDate)}
                      <p className="text-xs text-slate-600">
                        {t("memberFile.referrals.expectedBy", { date: day(expected) })}
                      </p>
                    </TD>
                    <TD>
                      {t(`enums.referralStatus.${referral.status}`)}{" "}
                      {isSilent ? <Badge tone="danger">{t("memberFile.referrals.silent")}</Badge> : null}
                      {referral.responseDate ? (
                        <p className="text-xs text-slate-600">
                          {t("memberFile.referrals.answeredOn", { date: day(referral.responseDate) })}
                        </p>
                      ) : null}
                      {referral.outcomeNote ? <p className="text-xs">{referral.outcomeNote}</p> : null}
                    </TD>
                    <TD>
                      {access.canReferral ? (
                        <ActionDialog
                          label={t("memberFile.referrals.recordAnswer")}
                          accessibleLabel={t("memberFile.referrals.recordAnswerNamed", { target })}
                          title={t("memberFile.referrals.answerTitle", { target })}
                        >
                          <AnswerReferralForm
                            referral={{
                              id: referral.id,
                              version: referral.version,
                              status: referral.status,
                              responseDate: fromDbDate(referral.responseDate),
                              outcomeNote: referral.outcomeNote,
                            }}
                          />
                        </ActionDialog>
                      ) : null}
                    </TD>
                  </TR>
                );
              })}
            </TBody>
          </Table>
        )}
        {access.canReferral ? (
          activeTrajectoryId ? (
            <FormDisclosure label={t("memberFile.referrals.new")}>
              <CreateReferralForm
                trajectoryId={activeTrajectoryId}
                consents={consents}
                responseDays={responseDays}
              />
            </FormDisclosure>
          ) : (
            <p className="text-sm text-slate-600">{t("memberFile.referrals.needsActive")}</p>
          )
        ) : null}
      </div>
    </Card>
  );
}
