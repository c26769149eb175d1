import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { ActivityRequestFacts } from "@/components/medical/activity-facts";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { isDecidable } from "@/lib/activities/rules";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { todayInBrussels } from "@/lib/dates";
import { getFormat } from "@/lib/i18n/server-format";
import { getActivityScreen } from "@/lib/medical/queries";
import { z } from "@/lib/validation";

import { DecisionForm } from "./decision-form";

export async function generateMetadata() {
  const t = await getTranslations("decision");
  return { title: t("title") };
}

const STATUS_TONE = {
  PENDING: "warning",
  AUTHORISED: "success",
  REFUSED: "danger",
  WITHDRAWN: "neutral",
  ENDED: "neutral",
} as const;

/**
 * One authorised-activity request: the facts the physician judges, the decision (physicians only), the
 * decision history and the letters. Coordinators see everything here but the form.
 */
export default async function ActivityPage({
  params,
}: {
  params: Promise<{ id: string; activityId: string }>;
}) {
  const user = await requirePermission("member.read");
  const { id, activityId } = await params;
  if (!z.uuid().safeParse(id).success || !z.uuid().safeParse(activityId).success) notFound();
  const screen = await getActivityScreen(user, id, activityId);
  if (!screen) notFound();
  const t = await getTranslations();
  const format = await getFormat();
  const date = (iso: string) => format.date(iso);
  const hours = (value: number | null) => (value === null ? "—" : format.number(value, "decimal2"));
  const { activity, decisions, member } = screen;
  const canDecide = can(user, "activity.decide") && isDecidable(activity.status);
  const letterBase = `/members/${id}/activities/${activityId}/letter`;

  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/members/${id}/activities`}>← {t("decision.allRequests")}</Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2>{t("decision.title")}</h2>
          <p className="mt-1 text-sm text-slate-600">{activity.natureOfWork}</p>
        </div>
        <Badge tone={STATUS_TONE[activity.status as keyof typeof STATUS_TONE] ?? "neutral"}>
          <span data-testid="activity-status">{t(`enums.activityStatus.${activity.status}`)}</span>
        </Badge>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("decision.request")}>
          <ActivityRequestFacts activity={activity} statute={member.statute} today={todayInBrussels()} />
        </Card>
        <Card
          title={t("decision.current")}
          actions={
            decisions.length ? (
              <Link href={letterBase} className={buttonClass("secondary", "sm")}>
                {t("decision.letter")}
              </Link>
            ) : null
          }
        >
          {activity.status === "PENDING" ? (
            <p className="text-sm text-slate-700">{t("decision.awaiting")}</p>
          ) : (
            <dl
              className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm"
              data-testid="activity-decision"
            >
              {activity.decisionDate ? (
                <>
                  <dt className="text-slate-600">{t("decision.decisionDate")}</dt>
                  <dd>
                    {date(activity.decisionDate)}
                    {activity.decider ? ` · ${activity.decider}` : ""}
                  </dd>
                </>
              ) : null}
              {activity.status === "REFUSED" ? (
                <>
                  <dt className="text-slate-600">{t("decision.refusalReason")}</dt>
                  <dd className="whitespace-pre-line" data-testid="refusal-reason">
                    {activity.refusalReason}
                  </dd>
                </>
              ) : null}
              {activity.authorisedWeeklyHours !== null ? (
                <>
                  <dt className="text-slate-600">{t("decision.hours")}</dt>
                  <dd>
                    {t("decision.facts.hoursOf", {
                      hours: hours(activity.authorisedWeeklyHours),
                      reference: hours(activity.referenceWeeklyHours),
                    })}
                  </dd>
                  <dt className="text-slate-600">{t("decision.conditions")}</dt>
                  <dd className="whitespace-pre-line" data-testid="decision-conditions">
                    {activity.conditions || t("decision.noConditions")}
                  </dd>
                  <dt className="text-slate-600">{t("decision.validUntil")}</dt>
                  <dd>{activity.validUntil ? date(activity.validUntil) : "—"}</dd>
                  <dt className="text-slate-600">{t("decision.nextReview")}</dt>
                  <dd>{activity.nextReviewDate ? date(activity.nextReviewDate) : "—"}</dd>
                </>
              ) : null}
              {activity.endDate ? (
                <>
                  <dt className="text-slate-600">{t("decision.ended")}</dt>
                  <dd>
                    {date(activity.endDate)}
                    {activity.endReason ? ` · ${t(`enums.activityEndReason.${activity.endReason}`)}` : ""}
                  </dd>
                </>
              ) : null}
            </dl>
          )}
        </Card>
      </div>

      {canDecide ? (
        <Card>
          <DecisionForm
            activity={{
              id: activity.id,
              version: activity.version,
              status: activity.status,
              startDate: activity.startDate,
              requestedWeeklyHours: activity.requestedWeeklyHours,
              authorisedWeeklyHours: activity.authorisedWeeklyHours,
              referenceWeeklyHours: activity.referenceWeeklyHours,
              conditions: activity.conditions,
              validUntil: activity.validUntil,
              statute: member.statute,
            }}
          />
        </Card>
      ) : null}

      <section aria-labelledby="decision-history">
        <h3 id="decision-history" className="mb-2 text-base font-semibold">
          {t("decision.history")}
        </h3>
        {decisions.length === 0 ? (
          <p className="text-sm text-slate-600">{t("decision.noDecisions")}</p>
        ) : (
          <Table caption={t("decision.historyCaption")}>
            <THead>
              <TR>
                <TH>{t("decision.columns.date")}</TH>
                <TH>{t("decision.columns.kind")}</TH>
                <TH>{t("decision.columns.hours")}</TH>
                <TH>{t("decision.columns.validUntil")}</TH>
                <TH>{t("decision.columns.nextReview")}</TH>
                <TH>{t("decision.columns.details")}</TH>
                <TH>{t("decision.columns.letter")}</TH>
              </TR>
            </THead>
            <TBody>
              {[...decisions].reverse().map((d) => (
                <TR key={d.id} data-testid="decision-row">
                  <TD className="whitespace-nowrap">
                    {date(d.decisionDate)}
                    <span className="block text-xs text-slate-600">{d.physician}</span>
                  </TD>
                  <TD>{t(`enums.activityDecisionKind.${d.kind}`)}</TD>
                  <TD>{hours(d.authorisedWeeklyHours)}</TD>
                  <TD className="whitespace-nowrap">{d.validUntil ? date(d.validUntil) : "—"}</TD>
                  <TD className="whitespace-nowrap">{d.nextReviewDate ? date(d.nextReviewDate) : "—"}</TD>
                  <TD className="max-w-sm whitespace-pre-line">{d.refusalReason ?? d.conditions ?? ""}</TD>
                  <TD>
                    <Link
                      href={`${letterBase}?decision=${d.id}`}
                      aria-label={t("decision.letterOf", { date: date(d.decisionDate) })}
                    >
                      {t("decision.letterShort")}
                    </Link>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </section>
    </div>
  );
}
