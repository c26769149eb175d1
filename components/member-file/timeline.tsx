// One timeline of everything that happened in the file and everything still due (with the deadline engine's
// reason), newest first. Sentences are built from codes and dates only; contact summaries come from the
// contacts the coordinator may read. Never medical content: the file query does not return it.
import { getTranslations } from "next-intl/server";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { workFraction } from "@/lib/activities/rules";
import { type ISODate } from "@/lib/dates";
import { consentPurposeText } from "@/lib/consents/rules";
import type { ConsentPurpose, TaskKind } from "@/lib/generated/prisma/enums";
import { getFormat } from "@/lib/i18n/server-format";
import { taskTitle } from "@/lib/tasks/rules";
import type { DeadlineView, MemberFileView, TimelineEntry } from "@/lib/timeline/queries";
import { buildFileTimeline } from "@/lib/timeline/rules";

export const STATUS_TONE: Record<string, BadgeTone> = {
  OVERDUE: "danger",
  DUE_SOON: "warning",
  UPCOMING: "info",
  MET: "success",
  NOT_APPLICABLE: "neutral",
};

export async function Timeline({ file, today }: { file: MemberFileView; today: ISODate }) {
  const t = await getTranslations();
  const format = await getFormat();
  const day = (iso: string) => format.date(iso);
  const contacts = new Map(file.contacts.map((c) => [c.id, c]));
  const str = (value: unknown) => (value === null || value === undefined ? "" : String(value));

  const party = (code: unknown, name: unknown) =>
    `${t(`enums.thirdParty.${str(code)}`)}${name ? ` (${str(name)})` : ""}`;

  function describe(entry: TimelineEntry): { title: string; detail?: string | null } {
    const d = entry.details;
    switch (entry.kind) {
      case "PERIOD_START":
        return {
          title: t(
            d.continuesPrevious ? "memberFile.timeline.periodRelapse" : "memberFile.timeline.periodStart",
          ),
        };
      case "PERIOD_END":
        return {
          title: t("memberFile.timeline.periodEnd", {
            reason: t(`enums.incapacityEndReason.${str(d.endReason)}`),
          }),
        };
      case "QUESTIONNAIRE_SENT":
        return { title: t("memberFile.timeline.questionnaireSent", { date: day(str(d.dueDate)) }) };
      case "QUESTIONNAIRE_HELP":
        return { title: t("memberFile.timeline.questionnaireHelp") };
      case "QUESTIONNAIRE_RETURNED":
        return { title: t("memberFile.timeline.questionnaireReturned") };
      case "ASSESSMENT":
        return {
          title: t("memberFile.timeline.assessment", {
            physician: str(d.physician),
            category: str(d.category),
          }),
        };
      case "TRAJECTORY_TRANSITION": {
        if (!d.from) {
          return {
            title: t("memberFile.timeline.trajectoryStarted", {
              initiative: t(`enums.trajectoryInitiative.${str(d.initiative)}`),
            }),
          };
        }
        const title = t("memberFile.timeline.trajectoryTransition", {
          from: t(`enums.trajectoryStatus.${str(d.from)}`),
          to: t(`enums.trajectoryStatus.${str(d.to)}`),
        });
        const closed =
          d.to === "CLOSED" && d.stopReason && d.outcome
            ? t("memberFile.timeline.trajectoryClosed", {
                stopReason: t(`enums.stopReason.${str(d.stopReason)}`),
                outcome: t(`enums.trajectoryOutcome.${str(d.outcome)}`),
              })
            : null;
        return { title, detail: [closed, d.note ? str(d.note) : null].filter(Boolean).join(" — ") || null };
      }
      case "CONSENT_GIVEN":
        return {
          title: t("memberFile.timeline.consentGiven", { party: party(d.party, d.partyName) }),
          detail: consentPurposeText(
            { purposeCode: d.purposeCode as ConsentPurpose, purpose: d.purpose ? str(d.purpose) : null },
            t,
          ),
        };
      case "CONSENT_WITHDRAWN":
        return { title: t("memberFile.timeline.consentWithdrawn", { party: party(d.party, d.partyName) }) };
      case "CONTACT": {
        const contact = contacts.get(entry.refId);
        const values = {
          channel: t(`enums.contactChannel.${str(d.channel)}`),
          party: t(`enums.contactParty.${str(d.party)}`),
          time: str(d.time),
          author: str(d.author),
        };
        return {
          title: t(
            d.isCorrection ? "memberFile.timeline.contactCorrection" : "memberFile.timeline.contact",
            values,
          ),
          detail: contact?.summary ?? null,
        };
      }
      case "REFERRAL_SENT":
        return {
          title: t("memberFile.timeline.referralSent", {
            target: `${t(`enums.referralTarget.${str(d.target)}`)}${d.organisation ? ` (${str(d.organisation)})` : ""}`,
          }),
        };
      case "REFERRAL_ANSWERED":
        return {
          title: t("memberFile.timeline.referralAnswered", {
            target: t(`enums.referralTarget.${str(d.target)}`),
            status: t(`enums.referralStatus.${str(d.status)}`),
          }),
        };
      case "ADJUSTMENT_REQUESTED":
        return {
          title: t("memberFile.timeline.adjustmentRequested", {
            type: t(`enums.adjustmentType.${str(d.type)}`),
            employer: str(d.employer) || t("common.unknown"),
          }),
        };
      case "ADJUSTMENT_DECIDED":
        return {
          title: t("memberFile.timeline.adjustmentDecided", {
            type: t(`enums.adjustmentType.${str(d.type)}`),
            status: t(`enums.adjustmentStatus.${str(d.status)}`),
          }),
          detail: d.refusalReason
            ? t("memberFile.timeline.adjustmentRefusal", {
                reason: t(`enums.adjustmentRefusalReason.${str(d.refusalReason)}`),
                explanation: d.explanationGiven ? t("common.yes") : t("common.no"),
              })
            : null,
        };
      case "ACTIVITY_REQUESTED": {
        const hours = Number(d.hours);
        const reference = Number(d.reference);
        return {
          title: t("memberFile.timeline.activityRequested", {
            hours: format.number(hours),
            reference: format.number(reference),
            fraction: format.number(workFraction(hours, reference)),
            date: day(str(d.startDate)),
          }),
        };
      }
      case "ACTIVITY_DECISION":
        return {
          title: t("memberFile.timeline.activityDecision", {
            physician: str(d.physician),
            kind: t(`enums.activityDecisionKind.${str(d.kind)}`),
          }),
          detail:
            d.hours !== null && d.validUntil
              ? t("memberFile.timeline.activityDecisionHours", {
                  hours: format.number(Number(d.hours)),
                  date: day(str(d.validUntil)),
                })
              : null,
        };
      case "ACTIVITY_ENDED":
        return {
          title: t("memberFile.timeline.activityEnded", {
            reason: d.endReason ? t(`enums.activityEndReason.${str(d.endReason)}`) : t("common.unknown"),
          }),
        };
      case "PLAN_GOAL_ADDED":
        return {
          title: t("memberFile.timeline.planGoalAdded", { description: str(d.description) }),
          detail: d.targetDate ? t("memberFile.timeline.planTarget", { date: day(str(d.targetDate)) }) : null,
        };
      case "PLAN_GOAL_ACHIEVED":
        return { title: t("memberFile.timeline.planGoalAchieved", { description: str(d.description) }) };
      case "PLAN_ACTION_ADDED":
        return {
          title: t("memberFile.timeline.planActionAdded", { description: str(d.description) }),
          detail:
            [
              d.actor ? str(d.actor) : null,
              d.dueDate ? t("memberFile.timeline.planDue", { date: day(str(d.dueDate)) }) : null,
            ]
              .filter(Boolean)
              .join(" · ") || null,
        };
      case "PLAN_ACTION_DONE":
        return { title: t("memberFile.timeline.planActionDone", { description: str(d.description) }) };
      case "TASK_DONE":
        return {
          title: t("memberFile.timeline.taskDone", {
            title: taskTitle({ kind: d.kind as TaskKind, title: d.title ? str(d.title) : null }, t),
          }),
        };
      case "REASSIGNED":
        return {
          title: t("memberFile.timeline.reassigned", {
            to: str(d.to) || t("common.unknown"),
            by: str(d.by) || t("common.unknown"),
          }),
        };
    }
  }

  const days = buildFileTimeline<TimelineEntry, DeadlineView>(file.timeline, file.deadlines, today);
  return (
    <Card title={t("memberFile.timeline.title")}>
      <p className="mb-3 text-sm text-slate-600">{t("memberFile.timeline.description")}</p>
      {days.length === 0 ? (
        <p className="text-sm text-slate-600">{t("memberFile.timeline.empty")}</p>
      ) : (
        <ol className="space-y-4" data-testid="timeline">
          {days.map((group) => (
            <li key={group.date}>
              <h3 className="text-sm font-semibold text-slate-700">
                <time dateTime={group.date}>{day(group.date)}</time>
                {group.date === today ? ` · ${t("memberFile.timeline.today")}` : ""}
                {group.isFuture ? ` · ${t("memberFile.timeline.stillDue")}` : ""}
              </h3>
              <ul className="mt-1 space-y-2 border-l-2 border-slate-200 pl-3">
                {group.items.map((item, index) =>
                  item.type === "deadline" ? (
                    <li
                      key={`d-${item.deadline.rule}-${item.deadline.subjectId}-${item.deadline.cycle}`}
                      className="text-sm"
                      data-testid="timeline-deadline"
                    >
                      <p>
                        <span className="font-medium">
                          {t("memberFile.timeline.due", {
                            rule: t(`enums.deadlineRule.${item.deadline.rule}`),
                          })}
                        </span>{" "}
                        <Badge tone={STATUS_TONE[item.deadline.status]}>
                          {t(`enums.deadlineStatus.${item.deadline.status}`)}
                        </Badge>{" "}
                        <span className="text-xs text-slate-600">
                          {t(`enums.deadlineOwner.${item.deadline.owner}`)}
                        </span>
                      </p>
                      <p className="text-slate-600">{item.deadline.reason}</p>
                    </li>
                  ) : (
                    <li
                      key={`e-${index}-${item.event.kind}-${item.event.refId}`}
                      className="text-sm"
                      data-testid="timeline-entry"
                    >
                      {(() => {
                        const text = describe(item.event);
                        return (
                          <>
                            <p className="font-medium">{text.title}</p>
                            {text.detail ? (
                              <p className="whitespace-pre-line text-slate-700">{text.detail}</p>
                            ) : null}
                          </>
                        );
                      })()}
                    </li>
                  ),
                )}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
