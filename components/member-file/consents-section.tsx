// Consents per third party and purpose (V11): valid or withdrawn, with a way to record and to withdraw them.
import { getTranslations } from "next-intl/server";

import { ActionDialog } from "@/components/member-file/action-dialog";
import { RecordConsentForm, WithdrawConsentForm } from "@/components/member-file/consent-forms";
import { FormDisclosure } from "@/components/member-file/done-context";
import { getDayFormatter, type SectionProps } from "@/components/member-file/file-context";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { consentPurposeText, isConsentValid } from "@/lib/consents/rules";
import { fromDbDate } from "@/lib/dates";
import type { MemberFileView } from "@/lib/timeline/queries";

export async function ConsentsSection({
  file,
  access,
  today,
  trajectoryId,
}: SectionProps & { file: Pick<MemberFileView, "consents">; trajectoryId: string | null }) {
  const t = await getTranslations();
  const day = await getDayFormatter();
  const consents = [...file.consents].reverse();
  return (
    <Card title={t("memberFile.consents.title")}>
      <div id="consents" className="space-y-3">
        <p className="text-sm text-slate-600">{t("memberFile.consents.explanation")}</p>
        {consents.length === 0 ? (
          <p className="text-sm text-slate-600">{t("memberFile.consents.none")}</p>
        ) : (
          <Table caption={t("memberFile.consents.caption")}>
            <THead>
              <TR>
                <TH>{t("memberFile.consents.party")}</TH>
                <TH>{t("memberFile.consents.purpose")}</TH>
                <TH>{t("memberFile.consents.status")}</TH>
                <TH>
                  <span className="sr-only">{t("common.actions")}</span>
                </TH>
              </TR>
            </THead>
            <TBody>
              {consents.map((consent) => {
                const isValid = isConsentValid(
                  {
                    party: consent.party,
                    givenDate: fromDbDate(consent.givenDate),
                    withdrawnDate: fromDbDate(consent.withdrawnDate),
                  },
                  today,
                );
                const party = `${t(`enums.thirdParty.${consent.party}`)}${consent.partyName ? ` (${consent.partyName})` : ""}`;
                return (
                  <TR key={consent.id} data-testid="consent">
                    <TD>{party}</TD>
                    <TD>{consentPurposeText(consent, t)}</TD>
                    <TD>
                      <Badge tone={isValid ? "success" : "neutral"}>
                        {isValid ? t("memberFile.consents.valid") : t("memberFile.consents.notValid")}
                      </Badge>
                      <p className="text-xs text-slate-600">
                        {t("memberFile.consents.givenOn", { date: day(consent.givenDate) })}
                        {consent.withdrawnDate
                          ? ` · ${t("memberFile.consents.withdrawnOn", { date: day(consent.withdrawnDate) })}`
                          : ""}
                      </p>
                    </TD>
                    <TD>
                      {access.canConsent && !consent.withdrawnDate ? (
                        <ActionDialog
                          label={t("memberFile.consents.withdraw")}
                          accessibleLabel={t("memberFile.consents.withdrawNamed", { party })}
                          title={t("memberFile.consents.withdrawTitle", { party })}
                        >
                          <WithdrawConsentForm consent={{ id: consent.id, version: consent.version }} />
                        </ActionDialog>
                      ) : null}
                    </TD>
                  </TR>
                );
              })}
            </TBody>
          </Table>
        )}
        {access.canConsent ? (
          trajectoryId ? (
            <FormDisclosure label={t("memberFile.consents.recordNew")}>
              <RecordConsentForm trajectoryId={trajectoryId} />
            </FormDisclosure>
          ) : (
            <p className="text-sm text-slate-600">{t("memberFile.consents.needsTrajectory")}</p>
          )
        ) : null}
      </div>
    </Card>
  );
}
