import { getTranslations } from "next-intl/server";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import {
  benefitEffect,
  decisionDueDate,
  latenessOf,
  needsPriorDecision,
  workFraction,
} from "@/lib/activities/rules";
import { getFormat } from "@/lib/i18n/server-format";
import type { ActivityScreen } from "@/lib/medical/queries";

const LATENESS_TONE: Record<string, BadgeTone> = {
  ON_TIME: "success",
  LATE_REDUCED: "warning",
  LATE_NO_BENEFIT: "danger",
};

/**
 * The request as the physician has to judge it: dates, hours, the work fraction and benefit effect (V17),
 * the lateness and its consequence (V13) and the decision's due date (V14, or V20 for the self-employed).
 */
export async function ActivityRequestFacts({
  activity,
  statute,
  today,
}: {
  activity: ActivityScreen["activity"];
  statute: string;
  today: string;
}) {
  const t = await getTranslations();
  const format = await getFormat();
  const date = (iso: string) => format.date(iso);
  const hours = (value: number) => format.number(value, "decimal2");
  const fraction = workFraction(activity.requestedWeeklyHours, activity.referenceWeeklyHours);
  const effect = benefitEffect(fraction);
  const lateness = latenessOf(activity.requestReceivedDate, activity.startDate);
  const selfEmployed = needsPriorDecision(statute);
  const due = selfEmployed ? activity.startDate : decisionDueDate(activity.startDate);
  const isPending = activity.status === "PENDING";
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm" data-testid="activity-request">
      <dt className="text-slate-600">{t("decision.facts.received")}</dt>
      <dd>{date(activity.requestReceivedDate)}</dd>
      <dt className="text-slate-600">{t("decision.facts.start")}</dt>
      <dd>{date(activity.startDate)}</dd>
      <dt className="text-slate-600">{t("decision.facts.nature")}</dt>
      <dd className="whitespace-pre-line">{activity.natureOfWork}</dd>
      <dt className="text-slate-600">{t("decision.facts.employer")}</dt>
      <dd>
        {activity.employer ?? "—"}
        {" · "}
        {activity.employerCoSigned ? t("decision.facts.coSigned") : t("decision.facts.notCoSigned")}
      </dd>
      <dt className="text-slate-600">{t("decision.facts.requested")}</dt>
      <dd>
        {t("decision.facts.hoursOf", {
          hours: hours(activity.requestedWeeklyHours),
          reference: hours(activity.referenceWeeklyHours),
        })}
      </dd>
      <dt className="text-slate-600">{t("decision.facts.fraction")}</dt>
      <dd data-testid="work-fraction">
        {format.number(fraction, "decimal2")} % ·{" "}
        {statute === "EMPLOYEE"
          ? effect.reductionPercent === 0
            ? t("decision.benefitFull")
            : t("decision.benefitReduced", {
                reduction: effect.reductionPercent,
                remaining: effect.benefitPercent,
              })
          : t("decision.benefitOtherStatute")}
      </dd>
      <dt className="text-slate-600">{t("decision.facts.lateness")}</dt>
      <dd data-testid="lateness">
        <Badge tone={LATENESS_TONE[lateness.lateness]}>{t(`enums.lateness.${lateness.lateness}`)}</Badge>
        <span className="mt-1 block text-slate-700">
          {lateness.lateness === "ON_TIME"
            ? t("decision.lateness.ON_TIME", { until: date(lateness.onTimeUntil) })
            : lateness.affected
              ? t(`decision.lateness.${lateness.lateness}`, {
                  until: date(lateness.onTimeUntil),
                  from: date(lateness.affected.from),
                  to: date(lateness.affected.until),
                })
              : t("decision.lateness.beforeStart", { until: date(lateness.onTimeUntil) })}
        </span>
      </dd>
      <dt className="text-slate-600">{t("decision.facts.decisionDue")}</dt>
      <dd>
        {date(due)}{" "}
        {isPending && due < today ? <Badge tone="danger">{t("queue.urgency.OVERDUE")}</Badge> : null}
        <span className="mt-1 block text-slate-700">
          {selfEmployed ? t("decision.dueSelfEmployed") : t("decision.dueEmployee")}
        </span>
      </dd>
    </dl>
  );
}
