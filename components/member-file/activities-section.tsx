// Authorised activity (progressive return): the requests filed for the physician with their fraction, lateness
// (V13) and benefit effect (V17), and the physician's decision once made — hours, validity, review and
// conditions, never the medical reasoning behind it.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { ActionDialog } from "@/components/member-file/action-dialog";
import {
  EndActivityForm,
  RequestActivityForm,
  WithdrawActivityForm,
} from "@/components/member-file/activity-forms";
import { FormDisclosure } from "@/components/member-file/done-context";
import { getDayFormatter, type SectionProps } from "@/components/member-file/file-context";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import {
  benefitEffect,
  decisionDueDate,
  isDecidable,
  latenessOf,
  needsPriorDecision,
  workFraction,
} from "@/lib/activities/rules";
import { fromDbDate } from "@/lib/dates";
import { getFormat } from "@/lib/i18n/server-format";
import type { MemberFileView } from "@/lib/timeline/queries";

const STATUS_TONE: Record<string, BadgeTone> = {
  PENDING: "warning",
  AUTHORISED: "success",
  REFUSED: "danger",
  WITHDRAWN: "neutral",
  ENDED: "neutral",
};

export async function ActivitiesSection({
  file,
  access,
  header,
  trajectoryId,
}: SectionProps & { file: Pick<MemberFileView, "activities" | "periods">; trajectoryId: string | null }) {
  const t = await getTranslations();
  const format = await getFormat();
  const day = await getDayFormatter();
  const activities = [...file.activities].reverse();
  const hasOpenPeriod = file.periods.some((p) => !p.endDate);
  const hasPending = file.activities.some((a) => a.status === "PENDING");
  const selfEmployed = needsPriorDecision(header.statute);

  return (
    <Card title={t("memberFile.activities.title")}>
      <div id="activity" className="space-y-3">
        {activities.length === 0 ? (
          <p className="text-sm text-slate-600">{t("memberFile.activities.none")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {activities.map((activity) => {
              const received = fromDbDate(activity.requestReceivedDate);
              const start = fromDbDate(activity.startDate);
              const requested = Number(activity.requestedWeeklyHours);
              const reference = Number(activity.referenceWeeklyHours);
              const authorised =
                activity.authorisedWeeklyHours === null ? null : Number(activity.authorisedWeeklyHours);
              const fraction = workFraction(authorised ?? requested, reference);
              const effect = benefitEffect(fraction);
              const lateness = latenessOf(received, start);
              const latest = activity.decisions[activity.decisions.length - 1];
              return (
                <li key={activity.id} className="space-y-2 py-3 text-sm" data-testid="activity">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <p className="flex flex-wrap items-center gap-2">
                      <Badge tone={STATUS_TONE[activity.status]}>
                        {t(`enums.activityStatus.${activity.status}`)}
                      </Badge>
                      <span>
                        {t("memberFile.activities.from", { date: day(start) })}
                        {activity.employer ? ` · ${activity.employer.name}` : ""}
                      </span>
                    </p>
                    <div className="flex flex-wrap gap-2">
                      {activity.status === "PENDING" && access.canRequestActivity ? (
                        <ActionDialog
                          label={t("memberFile.activities.withdraw")}
                          title={t("memberFile.activities.withdrawTitle")}
                        >
                          <WithdrawActivityForm activity={{ id: activity.id, version: activity.version }} />
                        </ActionDialog>
                      ) : null}
                      {activity.status === "AUTHORISED" && access.canIncapacity ? (
                        <ActionDialog
                          label={t("memberFile.activities.end")}
                          title={t("memberFile.activities.endTitle")}
                        >
                          <EndActivityForm activity={{ id: activity.id, version: activity.version }} />
                        </ActionDialog>
                      ) : null}
                      {isDecidable(activity.status) && access.canDecideActivity ? (
                        <Link
                          href={`/members/${header.id}/activities/${activity.id}`}
                          className={buttonClass("primary", "sm")}
                        >
                          {t("memberFile.activities.decide")}
                        </Link>
                      ) : null}
                    </div>
                  </div>
                  <dl className="grid gap-x-4 gap-y-0.5 sm:grid-cols-[max-content_1fr]">
                    <dt className="text-slate-600">{t("memberFile.activities.natureOfWork")}</dt>
                    <dd className="whitespace-pre-line">{activity.natureOfWork}</dd>
                    <dt className="text-slate-600">{t("memberFile.activities.requested")}</dt>
                    <dd>
                      {t("memberFile.activities.hoursOf", {
                        hours: format.number(requested),
                        reference: format.number(reference),
                        fraction: format.number(workFraction(requested, reference)),
                      })}
                      {" · "}
                      {activity.employerCoSigned
                        ? t("memberFile.activities.coSigned")
                        : t("memberFile.activities.notCoSigned")}
                    </dd>
                    <dt className="text-slate-600">{t("memberFile.activities.requestReceivedDate")}</dt>
                    <dd>
                      {day(received)} ·{" "}
                      {lateness.lateness === "ON_TIME" ? (
                        t("enums.lateness.ON_TIME")
                      ) : (
                        <span className="font-medium text-amber-900">
                          {t(`enums.lateness.${lateness.lateness}`)}
                        </span>
                      )}
                    </dd>
                    <dt className="text-slate-600">{t("memberFile.activities.benefit")}</dt>
                    <dd>
                      {effect.reductionPercent === 0
                        ? t("memberFile.activities.benefitFull")
                        : t("memberFile.activities.benefitReduced", {
                            benefit: effect.benefitPercent,
                            reduction: effect.reductionPercent,
                          })}
                    </dd>
                    {activity.status === "PENDING" ? (
                      <>
                        <dt className="text-slate-600">{t("memberFile.activities.decisionDue")}</dt>
                        <dd>
                          {selfEmployed
                            ? t("memberFile.activities.decisionBeforeStart", { date: day(start) })
                            : t("memberFile.activities.decisionBy", { date: day(decisionDueDate(start)) })}
                        </dd>
                      </>
                    ) : null}
                  </dl>
                  {latest ? (
                    <section
                      aria-label={t("memberFile.activities.decision")}
                      className="rounded-md border border-slate-200 bg-slate-50 p-2"
                      data-testid="activity-decision"
                    >
                      <p className="font-medium">
                        {t("memberFile.activities.decisionLine", {
                          kind: t(`enums.activityDecisionKind.${latest.kind}`),
                          date: day(latest.decisionDate),
                          physician: latest.physician.name,
                        })}
                      </p>
                      {latest.kind !== "REFUSED" ? (
                        <ul className="mt-1 space-y-0.5">
                          {authorised !== null ? (
                            <li>
                              {t("memberFile.activities.authorisedHours", {
                                hours: format.number(authorised),
                                fraction: format.number(workFraction(authorised, reference)),
                              })}
                            </li>
                          ) : null}
                          {activity.validUntil ? (
                            <li>
                              {t("memberFile.activities.validUntil", { date: day(activity.validUntil) })}
                            </li>
                          ) : null}
                          {activity.nextReviewDate ? (
                            <li>
                              {t("memberFile.activities.nextReview", { date: day(activity.nextReviewDate) })}
                            </li>
                          ) : null}
                          {activity.conditions ? (
                            <li className="whitespace-pre-line">
                              {t("common.label", { label: t("memberFile.activities.conditions") })}{" "}
                              {activity.conditions}
                            </li>
                          ) : null}
                        </ul>
                      ) : null}
                      {activity.decisions.length > 1 ? (
                        <details className="mt-1">
                          <summary className="cursor-pointer">
                            {t("memberFile.activities.history", { count: activity.decisions.length })}
                          </summary>
                          <ul className="mt-1 space-y-0.5">
                            {activity.decisions.map((decision) => (
                              <li key={decision.id}>
                                {t("memberFile.activities.decisionLine", {
                                  kind: t(`enums.activityDecisionKind.${decision.kind}`),
                                  date: day(decision.decisionDate),
                                  physician: decision.physician.name,
                                })}
                              </li>
                            ))}
                          </ul>
                        </details>
                      ) : null}
                    </section>
                  ) : null}
                  {activity.endDate ? (
                    <p>
                      {t("memberFile.activities.endedOn", {
                        date: day(activity.endDate),
                        reason: activity.endReason
                          ? t(`enums.activityEndReason.${activity.endReason}`)
                          : t("common.unknown"),
                      })}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        {access.canRequestActivity ? (
          !hasOpenPeriod ? (
            <p className="text-sm text-slate-600">{t("validation.activityNeedsOpenPeriod")}</p>
          ) : hasPending ? (
            <p className="text-sm text-slate-600">{t("validation.activityAlreadyPending")}</p>
          ) : (
            <FormDisclosure label={t("memberFile.activities.new")}>
              <RequestActivityForm
                memberId={header.id}
                trajectoryId={trajectoryId}
                employer={header.employer}
                referenceWeeklyHours={header.referenceWeeklyHours}
                statute={header.statute}
              />
            </FormDisclosure>
          )
        ) : null}
      </div>
    </Card>
  );
}
