import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { QuestionnaireStatus } from "@/components/medical/questionnaire-status";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { canOnceVerified } from "@/lib/auth/permissions";
import { requireUser, SECOND_FACTOR_PAGE } from "@/lib/auth/session";
import { getFormat } from "@/lib/i18n/server-format";
import { hasMedicalAccess } from "@/lib/medical/access";
import { getMedicalFile, recordMedicalView } from "@/lib/medical/queries";
import { getRequestId } from "@/lib/request-context";
import { z } from "@/lib/validation";

import { MarkQuestionnaireRead, PeriodMedicalForm } from "./medical-forms";

export async function generateMetadata() {
  const t = await getTranslations("medical");
  return { title: t("title") };
}

/**
 * The medical section of a member file: diagnosis group, certificates' medical content, medical notes and the
 * questionnaire — advising physicians with a verified second factor only; every opening is audited.
 */
export default async function MedicalPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success || !canOnceVerified(user, "medical.read")) notFound();
  if (!hasMedicalAccess(user)) redirect(SECOND_FACTOR_PAGE);
  const file = await getMedicalFile(user, id);
  if (!file) notFound();
  await recordMedicalView(user, id, await getRequestId());
  const t = await getTranslations();
  const format = await getFormat();
  const date = (iso: string) => format.date(iso);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2>{t("medical.title")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("medical.secrecy")}</p>
        </div>
        <Link href={`/members/${id}/assess`} className={buttonClass("primary", "sm")}>
          {t("medical.newAssessment")}
        </Link>
      </div>
      {file.periods.length === 0 ? <Alert>{t("medical.noPeriods")}</Alert> : null}
      {file.periods.map((period, index) => (
        <Card
          key={period.id}
          title={
            period.endDate
              ? t("medical.periodClosed", { start: date(period.startDate), end: date(period.endDate) })
              : t("medical.periodOpen", { start: date(period.startDate) })
          }
          className="space-y-4"
        >
          {period.continuesPrevious ? (
            <p className="text-sm text-slate-600">{t("medical.continuesPrevious")}</p>
          ) : null}
          <div className="grid gap-6 lg:grid-cols-2">
            <section aria-labelledby={`medical-${period.id}`}>
              <h3 id={`medical-${period.id}`} className="mb-2 text-sm font-semibold text-slate-800">
                {t("medical.medicalData")}
              </h3>
              <PeriodMedicalForm
                period={{
                  id: period.id,
                  version: period.version,
                  diagnosisGroup: period.diagnosisGroup,
                  certificateContent: period.certificateContent,
                }}
              />
            </section>
            <section
              id={index === 0 ? "questionnaire" : undefined}
              aria-labelledby={`questionnaire-${period.id}`}
            >
              <h3 id={`questionnaire-${period.id}`} className="mb-2 text-sm font-semibold text-slate-800">
                {t("medical.questionnaire")}
              </h3>
              <QuestionnaireStatus questionnaire={period.questionnaire} />
              {period.questionnaire?.returnedDate && !period.questionnaire.readAt ? (
                <div className="mt-2">
                  <MarkQuestionnaireRead questionnaireId={period.questionnaire.id} />
                </div>
              ) : null}
            </section>
          </div>
          <section aria-labelledby={`assessments-${period.id}`}>
            <h3 id={`assessments-${period.id}`} className="mb-2 text-sm font-semibold text-slate-800">
              {t("medical.assessments")}
            </h3>
            {period.assessments.length === 0 ? (
              <p className="text-sm text-slate-600">{t("assessment.none")}</p>
            ) : (
              <Table caption={t("medical.assessmentsCaption", { start: date(period.startDate) })}>
                <THead>
                  <TR>
                    <TH>{t("assessment.columns.date")}</TH>
                    <TH>{t("assessment.columns.category")}</TH>
                    <TH>{t("assessment.columns.limitations")}</TH>
                    <TH>{t("assessment.columns.medicalNotes")}</TH>
                    <TH>{t("assessment.columns.nextReview")}</TH>
                  </TR>
                </THead>
                <TBody>
                  {period.assessments.map((a) => (
                    <TR key={a.id} data-testid="medical-assessment">
                      <TD className="whitespace-nowrap">
                        {date(a.assessedDate)}
                        <span className="block text-xs text-slate-600">{a.physician}</span>
                      </TD>
                      <TD>{t(`enums.category.${a.category}`)}</TD>
                      <TD className="whitespace-pre-line">{a.functionalLimitations}</TD>
                      <TD className="whitespace-pre-line">{a.medicalNotes ?? "—"}</TD>
                      <TD className="whitespace-nowrap">{a.nextReviewDate ? date(a.nextReviewDate) : "—"}</TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            )}
          </section>
        </Card>
      ))}
    </div>
  );
}
