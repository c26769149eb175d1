import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { QuestionnaireStatus } from "@/components/medical/questionnaire-status";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { reasonFor } from "@/lib/deadlines/reasons";
import { getFormat } from "@/lib/i18n/server-format";
import { getCapacityScreen } from "@/lib/medical/queries";
import { z } from "@/lib/validation";

import { MarkQuestionnaireRead } from "../medical/medical-forms";
import { AssessmentForm } from "./assessment-form";

export async function generateMetadata() {
  const t = await getTranslations("assessment");
  return { title: t("title") };
}

/**
 * Residual capacity: the assessment history (coordinators see category and limitations, physicians also the
 * medical notes) and, for physicians, the assessment form with the category definitions.
 */
export default async function AssessPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("member.read");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const screen = await getCapacityScreen(user, id);
  if (!screen) notFound();
  const t = await getTranslations();
  const format = await getFormat();
  const date = (iso: string) => format.date(iso);
  const canAssess = can(user, "capacity.assess");
  const { period, firstCategory } = screen;
  const latest = screen.assessments[0] ?? null;
  const currentPeriodAssessment = period ? screen.assessments.find((a) => a.periodId === period.id) : null;

  return (
    <div className="space-y-4">
      <div>
        <h2>{t("assessment.title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("assessment.description")}</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("assessment.current")} className="lg:col-span-1">
          <dl
            className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm"
            data-testid="capacity-summary"
          >
            <dt className="text-slate-600">{t("assessment.category")}</dt>
            <dd data-testid="current-category">
              {latest ? t(`enums.category.${latest.category}`) : t("enums.category.NONE")}
            </dd>
            {firstCategory ? (
              <>
                <dt className="text-slate-600">{t("assessment.firstCategoryDue")}</dt>
                <dd>
                  {date(firstCategory.dueDate)}{" "}
                  {firstCategory.metDate ? (
                    <Badge tone="success">
                      {t("assessment.metOn", { date: date(firstCategory.metDate) })}
                    </Badge>
                  ) : null}
                  <span className="mt-1 block text-xs text-slate-600">
                    {reasonFor(
                      {
                        rule: "FIRST_CATEGORY",
                        variant: firstCategory.variant,
                        anchorDate: firstCategory.anchorDate,
                        dueDate: firstCategory.dueDate,
                      },
                      user.locale,
                    )}
                  </span>
                </dd>
              </>
            ) : null}
            {latest?.nextReviewDate ? (
              <>
                <dt className="text-slate-600">{t("assessment.nextReview")}</dt>
                <dd>{date(latest.nextReviewDate)}</dd>
              </>
            ) : null}
            {screen.trajectory ? (
              <>
                <dt className="text-slate-600">{t("assessment.trajectory")}</dt>
                <dd>
                  {t(`enums.trajectoryStatus.${screen.trajectory.status}`)}
                  {screen.trajectory.coordinator ? ` · ${screen.trajectory.coordinator}` : ""}
                  {screen.trajectory.goAheadDate
                    ? ` · ${t("assessment.goAheadOn", { date: date(screen.trajectory.goAheadDate) })}`
                    : ""}
                </dd>
              </>
            ) : null}
          </dl>
          {latest ? (
            <div className="mt-4">
              <h3 className="text-sm font-semibold text-slate-800">{t("assessment.limitations")}</h3>
              <p className="mt-1 whitespace-pre-line text-sm" data-testid="current-limitations">
                {latest.functionalLimitations}
              </p>
            </div>
          ) : null}
        </Card>
        <Card title={t("medical.questionnaire")} className="lg:col-span-2">
          <QuestionnaireStatus questionnaire={period?.questionnaire ?? null} />
          {canAssess && period?.questionnaire?.returnedDate && !period.questionnaire.readAt ? (
            <div className="mt-2">
              <MarkQuestionnaireRead questionnaireId={period.questionnaire.id} />
            </div>
          ) : null}
          {screen.hasMedical ? (
            <p className="mt-3 text-sm">
              <Link href={`/members/${id}/medical`}>{t("assessment.openMedical")}</Link>
            </p>
          ) : null}
        </Card>
      </div>

      {canAssess ? (
        <Card>
          {period && !period.endDate ? (
            <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
              <AssessmentForm
                periodId={period.id}
                periodStartLabel={date(period.startDate)}
                coordinators={screen.coordinators}
                defaultCoordinatorId={screen.member.coordinatorId}
                previousLimitations={currentPeriodAssessment?.functionalLimitations ?? ""}
                hasOpenTrajectory={screen.trajectory !== null}
              />
              <aside aria-labelledby="category-definitions" className="text-sm">
                <h3 id="category-definitions" className="text-base font-semibold">
                  {t("assessment.definitionsTitle")}
                </h3>
                <dl className="mt-2 space-y-2">
                  {[1, 2, 3, 4].map((value) => (
                    <div key={value}>
                      <dt className="font-medium">{t(`enums.category.${value}`)}</dt>
                      <dd className="text-slate-600">{t(`assessment.definitionsLong.${value}`)}</dd>
                    </div>
                  ))}
                </dl>
              </aside>
            </div>
          ) : (
            <Alert>{t("assessment.noOpenPeriod")}</Alert>
          )}
        </Card>
      ) : null}

      <section aria-labelledby="assessment-history">
        <h3 id="assessment-history" className="mb-2 text-base font-semibold">
          {t("assessment.history")}
        </h3>
        {screen.assessments.length === 0 ? (
          <p className="text-sm text-slate-600">{t("assessment.none")}</p>
        ) : (
          <Table caption={t("assessment.historyCaption")}>
            <THead>
              <TR>
                <TH>{t("assessment.columns.date")}</TH>
                <TH>{t("assessment.columns.category")}</TH>
                <TH>{t("assessment.columns.limitations")}</TH>
                {screen.hasMedical ? <TH>{t("assessment.columns.medicalNotes")}</TH> : null}
                <TH>{t("assessment.columns.nextReview")}</TH>
                <TH>{t("assessment.columns.physician")}</TH>
              </TR>
            </THead>
            <TBody>
              {screen.assessments.map((a) => (
                <TR key={a.id} data-testid="assessment-row">
                  <TD className="whitespace-nowrap">{date(a.assessedDate)}</TD>
                  <TD>{t(`enums.category.${a.category}`)}</TD>
                  <TD className="whitespace-pre-line">{a.functionalLimitations}</TD>
                  {screen.hasMedical ? (
                    <TD className="whitespace-pre-line">
                      {"medicalNotes" in a ? (a.medicalNotes ?? "—") : "—"}
                    </TD>
                  ) : null}
                  <TD className="whitespace-nowrap">{a.nextReviewDate ? date(a.nextReviewDate) : "—"}</TD>
                  <TD>{a.physician}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </section>
    </div>
  );
}
