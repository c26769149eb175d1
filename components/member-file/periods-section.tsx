// Incapacity periods (with the relapse chain and the week-10 questionnaire) and the residual-capacity
// category with the physician's functional-limitations summary — never the diagnosis or medical notes.
import { getTranslations } from "next-intl/server";

import { ActionDialog } from "@/components/member-file/action-dialog";
import { FormDisclosure } from "@/components/member-file/done-context";
import { getDayFormatter, type SectionProps } from "@/components/member-file/file-context";
import {
  EndPeriodForm,
  QuestionnaireSentForm,
  QuestionnaireUpdateForm,
  RegisterPeriodForm,
} from "@/components/member-file/period-forms";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { fromDbDate } from "@/lib/dates";
import type { MemberFileView } from "@/lib/timeline/queries";

export async function PeriodsSection({
  file,
  access,
  header,
}: SectionProps & { file: Pick<MemberFileView, "periods" | "assessments"> }) {
  const t = await getTranslations();
  const day = await getDayFormatter();
  const periods = [...file.periods].reverse();
  const hasOpen = file.periods.some((p) => !p.endDate);
  const latest = file.assessments[file.assessments.length - 1];
  return (
    <Card title={t("memberFile.periods.title")}>
      <div id="incapacity" className="space-y-4">
        {periods.length === 0 ? (
          <p className="text-sm text-slate-600">{t("memberFile.periods.none")}</p>
        ) : (
          <Table
            caption={t("memberFile.periods.caption", { name: `${header.firstName} ${header.lastName}` })}
          >
            <THead>
              <TR>
                <TH>{t("memberFile.periods.period")}</TH>
                <TH>{t("memberFile.periods.endReason")}</TH>
                <TH>{t("memberFile.periods.questionnaire")}</TH>
                <TH>
                  <span className="sr-only">{t("common.actions")}</span>
                </TH>
              </TR>
            </THead>
            <TBody>
              {periods.map((period) => {
                const q = period.questionnaire;
                return (
                  <TR key={period.id}>
                    <TD>
                      {day(period.startDate)} –{" "}
                      {period.endDate ? day(period.endDate) : t("memberFile.periods.ongoing")}
                      {period.relapseOfId ? (
                        <p className="text-xs text-slate-600">{t("memberFile.periods.continuesPrevious")}</p>
                      ) : null}
                      {period.declarationDate ? (
                        <p className="text-xs text-slate-600">
                          {t("memberFile.periods.declaredOn", { date: day(period.declarationDate) })}
                        </p>
                      ) : null}
                    </TD>
                    <TD>{period.endReason ? t(`enums.incapacityEndReason.${period.endReason}`) : "—"}</TD>
                    <TD>
                      {q ? (
                        <ul className="text-xs">
                          <li>
                            {t("memberFile.periods.sentOn", { date: day(q.sentDate), due: day(q.dueDate) })}
                          </li>
                          <li>
                            {q.returnedDate
                              ? t("memberFile.periods.returnedOn", { date: day(q.returnedDate) })
                              : t("memberFile.periods.notReturned")}
                          </li>
                          {q.helpOfferedDate ? (
                            <li>{t("memberFile.periods.helpOn", { date: day(q.helpOfferedDate) })}</li>
                          ) : null}
                        </ul>
                      ) : (
                        <span className="text-xs text-slate-600">{t("memberFile.periods.notSent")}</span>
                      )}
                    </TD>
                    <TD>
                      <div className="flex flex-col items-start gap-2">
                        {!period.endDate && access.canIncapacity ? (
                          <ActionDialog
                            label={t("memberFile.periods.end")}
                            title={t("memberFile.periods.endTitle", { date: day(period.startDate) })}
                          >
                            <EndPeriodForm
                              period={{
                                id: period.id,
                                version: period.version,
                                startDate: fromDbDate(period.startDate),
                              }}
                            />
                          </ActionDialog>
                        ) : null}
                        {!q && !period.endDate && access.canQuestionnaire ? (
                          <QuestionnaireSentForm periodId={period.id} />
                        ) : null}
                        {q && access.canQuestionnaire ? (
                          <ActionDialog
                            label={t("memberFile.periods.updateQuestionnaire")}
                            title={t("memberFile.periods.updateQuestionnaire")}
                          >
                            <QuestionnaireUpdateForm
                              questionnaire={{
                                id: q.id,
                                version: q.version,
                                returnedDate: fromDbDate(q.returnedDate),
                                helpOfferedDate: fromDbDate(q.helpOfferedDate),
                              }}
                            />
                          </ActionDialog>
                        ) : null}
                      </div>
                    </TD>
                  </TR>
                );
              })}
            </TBody>
          </Table>
        )}
        {!hasOpen && access.canIncapacity ? (
          <FormDisclosure label={t("memberFile.periods.registerNew")}>
            <RegisterPeriodForm memberId={header.id} />
          </FormDisclosure>
        ) : null}

        <section aria-labelledby="capacity-heading" className="border-t border-slate-100 pt-3">
          <h3 id="capacity-heading" className="text-sm font-semibold">
            {t("memberFile.residual.title")}
          </h3>
          {latest ? (
            <div className="mt-1 space-y-1 text-sm" data-testid="capacity">
              <p>
                <Badge tone={latest.category === 4 ? "success" : "neutral"}>
                  {t(`enums.category.${latest.category}` as "enums.category.1")}
                </Badge>{" "}
                <span className="text-slate-600">
                  {t("memberFile.residual.assessed", {
                    date: day(latest.assessedDate),
                    physician: latest.physician.name,
                  })}
                  {latest.nextReviewDate
                    ? ` · ${t("memberFile.residual.nextReview", { date: day(latest.nextReviewDate) })}`
                    : ""}
                </span>
              </p>
              <p className="font-medium">{t("memberFile.residual.limitations")}</p>
              <p className="whitespace-pre-line">{latest.functionalLimitations}</p>
            </div>
          ) : (
            <p className="mt-1 text-sm text-slate-600">{t("enums.category.NONE")}</p>
          )}
        </section>
      </div>
    </Card>
  );
}
