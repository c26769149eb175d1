// Work adjustments asked of the employer with the employer's answer: refusal reason, whether an explanation
// was given, and the motivated report.
import { getTranslations } from "next-intl/server";

import { ActionDialog } from "@/components/member-file/action-dialog";
import { DecideAdjustmentForm, RequestAdjustmentForm } from "@/components/member-file/adjustment-forms";
import { FormDisclosure } from "@/components/member-file/done-context";
import { getDayFormatter, type SectionProps } from "@/components/member-file/file-context";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ConsentRecord } from "@/lib/consents/rules";
import { fromDbDate } from "@/lib/dates";
import type { MemberFileView } from "@/lib/timeline/queries";

export async function AdjustmentsSection({
  file,
  access,
  header,
  trajectoryId,
  consents,
}: SectionProps & {
  file: Pick<MemberFileView, "adjustments">;
  trajectoryId: string | null;
  consents: ConsentRecord[];
}) {
  const t = await getTranslations();
  const day = await getDayFormatter();
  const adjustments = [...file.adjustments].reverse();
  return (
    <Card title={t("memberFile.adjustments.title")}>
      <div id="adjustments" className="space-y-3">
        {adjustments.length === 0 ? (
          <p className="text-sm text-slate-600">{t("memberFile.adjustments.none")}</p>
        ) : (
          <Table caption={t("memberFile.adjustments.caption")}>
            <THead>
              <TR>
                <TH>{t("memberFile.adjustments.type")}</TH>
                <TH>{t("memberFile.adjustments.requestedDate")}</TH>
                <TH>{t("memberFile.adjustments.answer")}</TH>
                <TH>
                  <span className="sr-only">{t("common.actions")}</span>
                </TH>
              </TR>
            </THead>
            <TBody>
              {adjustments.map((adjustment) => {
                const type = t(`enums.adjustmentType.${adjustment.type}`);
                return (
                  <TR key={adjustment.id} data-testid="adjustment">
                    <TD>
                      <p className="font-medium">{type}</p>
                      <p className="whitespace-pre-line text-xs">{adjustment.description}</p>
                      {adjustment.employer ? (
                        <p className="text-xs text-slate-600">{adjustment.employer.name}</p>
                      ) : null}
                    </TD>
                    <TD>{day(adjustment.requestedDate)}</TD>
                    <TD>
                      <p>
                        {t(`enums.adjustmentStatus.${adjustment.status}`)}
                        {adjustment.decidedDate ? ` · ${day(adjustment.decidedDate)}` : ""}
                      </p>
                      {adjustment.refusalReason ? (
                        <p className="text-xs">
                          {t("common.label", { label: t("memberFile.adjustments.refusalReason") })}{" "}
                          {t(`enums.adjustmentRefusalReason.${adjustment.refusalReason}`)}
                        </p>
                      ) : null}
                      {adjustment.explanationGiven !== null ? (
                        <p className="text-xs">
                          {t("common.label", { label: t("memberFile.adjustments.explanationGiven") })}{" "}
                          {adjustment.explanationGiven ? t("common.yes") : t("common.no")}
                        </p>
                      ) : null}
                      {adjustment.motivatedReportDate ? (
                        <p className="text-xs">
                          {t("memberFile.adjustments.reportReceived", {
                            date: day(adjustment.motivatedReportDate),
                          })}
                        </p>
                      ) : null}
                    </TD>
                    <TD>
                      {access.canAdjustment ? (
                        <ActionDialog
                          label={t("memberFile.adjustments.recordAnswer")}
                          accessibleLabel={t("memberFile.adjustments.recordAnswerNamed", { type })}
                          title={t("memberFile.adjustments.answerTitle", { type })}
                        >
                          <DecideAdjustmentForm
                            adjustment={{
                              id: adjustment.id,
                              version: adjustment.version,
                              status: adjustment.status,
                              decidedDate: fromDbDate(adjustment.decidedDate),
                              refusalReason: adjustment.refusalReason,
                              explanationGiven: adjustment.explanationGiven,
                              motivatedReportDate: fromDbDate(adjustment.motivatedReportDate),
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
        {access.canAdjustment ? (
          trajectoryId ? (
            <FormDisclosure label={t("memberFile.adjustments.new")}>
              <RequestAdjustmentForm
                trajectoryId={trajectoryId}
                consents={consents}
                employer={header.employer}
              />
            </FormDisclosure>
          ) : (
            <p className="text-sm text-slate-600">{t("memberFile.adjustments.needsTrajectory")}</p>
          )
        ) : null}
      </div>
    </Card>
  );
}
