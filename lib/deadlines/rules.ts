// The deadline engine, pure: from a member's file, every deadline of DOMAIN.md's table with its due date,
// the date that met it, its status on a given day, the rule, the regime and the date its reason counts from.
// The reason sentences (nl, fr, en) are in reasons.ts. Effective-dated by the incapacity start (V27).
import {
  DECISION_KINDS,
  DECISION_RULES,
  decisionDueDate,
  latestReviewDate,
  needsPriorDecision,
  type DecisionKind,
} from "@/lib/activities/rules";
import { addDays, addMonths, minDate, type ISODate } from "@/lib/dates";
import { invalidityStart, regimeOf, type Regime } from "@/lib/incapacity/rules";

export const DEADLINE_RULES = [
  "QUESTIONNAIRE_SENT",
  "QUESTIONNAIRE_RETURN",
  "FIRST_CATEGORY",
  "FIRST_CONTACT",
  "REFERRAL_RESPONSE",
  "ACTIVITY_DECISION",
  "ACTIVITY_REVIEW",
  "AUTHORISATION_EXPIRY",
  "PHASE_INVALIDITY",
] as const;
export type DeadlineRule = (typeof DEADLINE_RULES)[number];
export type DeadlineOwner = "PHYSICIAN" | "COORDINATOR" | "INFORMATION";
export type DeadlineStatus = "UPCOMING" | "DUE_SOON" | "OVERDUE" | "MET" | "NOT_APPLICABLE";

export const OWNER_BY_RULE: Readonly<Record<DeadlineRule, DeadlineOwner>> = {
  QUESTIONNAIRE_SENT: "PHYSICIAN",
  QUESTIONNAIRE_RETURN: "COORDINATOR",
  FIRST_CATEGORY: "PHYSICIAN",
  FIRST_CONTACT: "COORDINATOR",
  REFERRAL_RESPONSE: "COORDINATOR",
  ACTIVITY_DECISION: "PHYSICIAN",
  ACTIVITY_REVIEW: "PHYSICIAN",
  AUTHORISATION_EXPIRY: "PHYSICIAN",
  PHASE_INVALIDITY: "INFORMATION",
};

/** Deadlines this close (days, today included) are "due soon". */
export const DUE_SOON_DAYS = 7;

/**
 * The last due date that is "due soon" on `today`: the member file's status, the physician queue's urgency, its
 * "this week" window and the coordinator's today panel all use this one window.
 */
export function dueSoonUntil(today: ISODate): ISODate {
  return addDays(today, DUE_SOON_DAYS - 1);
}

/** Numbers that differ by regime (V27). TNW (questionnaire, first contact) exists from 2022; for the
 * self-employed from 2023 (RIZIV-TNW-ZS). Before 2022 the first analysis was due 2 months after the
 * declaration (the 2016 quick-scan). */
export const REGIME_RULES: Readonly<
  Record<
    Regime,
    {
      hasTnw: boolean;
      questionnaireDays: number;
      firstCategory: { days: number } | { monthsAfterDeclaration: number };
    }
  >
> = {
  PRE_2022: { hasTnw: false, questionnaireDays: 63, firstCategory: { monthsAfterDeclaration: 2 } },
  TNW_2022: { hasTnw: true, questionnaireDays: 63, firstCategory: { days: 120 } },
  TNW_2026: { hasTnw: true, questionnaireDays: 63, firstCategory: { days: 120 } },
};

export interface FilePeriod {
  id: string;
  startDate: ISODate;
  endDate: ISODate | null;
  relapseOfId: string | null;
  declarationDate: ISODate | null;
}
export interface FileQuestionnaire {
  periodId: string;
  sentDate: ISODate;
  dueDate: ISODate;
  returnedDate: ISODate | null;
  helpOfferedDate?: ISODate | null;
}
export interface FileAssessment {
  periodId: string;
  assessedDate: ISODate;
}
export interface FileTrajectory {
  id: string;
  periodId: string;
  status: string;
  initiative: string;
  goAheadDate: ISODate | null;
  referredDate: ISODate;
  firstContactDate: ISODate | null;
  endDate: ISODate | null;
}
export interface FileReferral {
  id: string;
  sentDate: ISODate;
  expectedResponseDate: ISODate;
  responseDate: ISODate | null;
  status: string;
}
export interface FileDecision {
  kind: string;
  decisionDate: ISODate;
  validUntil: ISODate | null;
  nextReviewDate: ISODate | null;
}
export interface FileActivity {
  id: string;
  periodId: string;
  startDate: ISODate;
  status: string;
  endDate: ISODate | null;
  decisions: FileDecision[];
}

export interface MemberFile {
  statute: string;
  periods: FilePeriod[];
  questionnaires: FileQuestionnaire[];
  assessments: FileAssessment[];
  trajectories: FileTrajectory[];
  referrals: FileReferral[];
  activities: FileActivity[];
}

export interface Deadline {
  rule: DeadlineRule;
  /** The record it belongs to; with `cycle`, identifies the deadline. */
  subjectId: string;
  cycle: number;
  regime: Regime;
  owner: DeadlineOwner;
  dueDate: ISODate;
  metDate: ISODate | null;
  /** The date the reason counts from ("14 days after it was sent on …"). */
  anchorDate: ISODate;
  /** Which wording of the reason applies (e.g. a member's own request instead of a physician's go-ahead). */
  variant: "DEFAULT" | "MEMBER_REQUEST" | "SELF_EMPLOYED" | "SET_REVIEW" | "PRE_TNW";
}

export interface DeadlineWithStatus extends Deadline {
  status: DeadlineStatus;
  /** Met after the due date. */
  isLate: boolean;
}

interface Episode {
  root: FilePeriod;
  periods: FilePeriod[];
  /** Last day of the whole chain, null while open. */
  end: ISODate | null;
}

/** Periods grouped into chains: a relapse (V4) continues its root period, whose start counts. */
export function episodesOf(periods: FilePeriod[]): Episode[] {
  const byId = new Map(periods.map((period) => [period.id, period]));
  const rootOf = (period: FilePeriod): FilePeriod => {
    let current = period;
    const seen = new Set<string>();
    while (current.relapseOfId && byId.has(current.relapseOfId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.relapseOfId)!;
    }
    return current;
  };
  const episodes = new Map<string, Episode>();
  for (const period of [...periods].sort((a, b) => (a.startDate < b.startDate ? -1 : 1))) {
    const root = rootOf(period);
    const episode = episodes.get(root.id) ?? { root, periods: [], end: null };
    episode.periods.push(period);
    episodes.set(root.id, episode);
  }
  for (const episode of episodes.values()) {
    const last = episode.periods[episode.periods.length - 1]!;
    episode.end = last.endDate;
  }
  return [...episodes.values()];
}

function earliest(a: ISODate | null | undefined, b: ISODate | null | undefined): ISODate | null {
  if (a && b) return a < b ? a : b;
  return a ?? b ?? null;
}

/** Decisions after which a grant runs (its reviews and expiry count from them): DECISION_RULES' leadsTo. */
const isGrant = (kind: string) =>
  (DECISION_KINDS as readonly string[]).includes(kind) &&
  DECISION_RULES[kind as DecisionKind].leadsTo === "AUTHORISED";

/**
 * Every deadline that applies to the file. A deadline whose subject ended before it fell due without it being
 * met does not apply and is left out (e.g. a questionnaire for an incapacity that ended in week 6).
 */
export function computeDeadlines(file: MemberFile): Deadline[] {
  const deadlines: Deadline[] = [];
  const episodes = episodesOf(file.periods);
  const episodeOfPeriod = new Map<string, Episode>();
  for (const episode of episodes)
    for (const period of episode.periods) episodeOfPeriod.set(period.id, episode);

  const push = (
    deadline: Omit<Deadline, "owner" | "cycle" | "variant"> & {
      cycle?: number;
      variant?: Deadline["variant"];
    },
    endedOn: ISODate | null,
  ) => {
    // Not applicable: the subject was over before the deadline fell due, and it was never met.
    if (!deadline.metDate && endedOn && endedOn < deadline.dueDate) return;
    deadlines.push({ cycle: 0, variant: "DEFAULT", ...deadline, owner: OWNER_BY_RULE[deadline.rule] });
  };

  for (const episode of episodes) {
    const { root } = episode;
    const regime = regimeOf(root.startDate);
    const rules = REGIME_RULES[regime];
    // TNW for the self-employed only from 1 January 2023.
    const hasTnw = rules.hasTnw && !(file.statute === "SELF_EMPLOYED" && root.startDate < "2023-01-01");
    const periodIds = new Set(episode.periods.map((period) => period.id));
    const questionnaire = file.questionnaires.find((q) => periodIds.has(q.periodId)) ?? null;

    if (hasTnw) {
      push(
        {
          rule: "QUESTIONNAIRE_SENT",
          subjectId: root.id,
          regime,
          dueDate: addDays(root.startDate, rules.questionnaireDays),
          metDate: questionnaire?.sentDate ?? null,
          anchorDate: root.startDate,
        },
        episode.end,
      );
      if (questionnaire) {
        push(
          {
            rule: "QUESTIONNAIRE_RETURN",
            subjectId: root.id,
            regime,
            dueDate: questionnaire.dueDate,
            // V7: the coordinator's part is done when the questionnaire is back, or when they offered the member
            // help to fill it in — whichever came first.
            metDate: earliest(questionnaire.returnedDate, questionnaire.helpOfferedDate),
            anchorDate: questionnaire.sentDate,
          },
          episode.end,
        );
      }
    }

    const firstAssessment = file.assessments
      .filter((assessment) => periodIds.has(assessment.periodId))
      .map((assessment) => assessment.assessedDate)
      .sort()[0];
    const firstCategory = rules.firstCategory;
    const categoryAnchor =
      "days" in firstCategory ? root.startDate : (root.declarationDate ?? root.startDate);
    push(
      {
        rule: "FIRST_CATEGORY",
        subjectId: root.id,
        regime,
        dueDate:
          "days" in firstCategory
            ? addDays(categoryAnchor, firstCategory.days)
            : addMonths(categoryAnchor, firstCategory.monthsAfterDeclaration),
        metDate: firstAssessment ?? null,
        anchorDate: categoryAnchor,
        variant: "days" in firstCategory ? "DEFAULT" : "PRE_TNW",
      },
      episode.end,
    );

    const invalidityDate = invalidityStart(root.startDate);
    push(
      {
        rule: "PHASE_INVALIDITY",
        subjectId: root.id,
        regime,
        dueDate: invalidityDate,
        // Information: "met" by the calendar when the incapacity is still running that day.
        metDate: !episode.end || episode.end >= invalidityDate ? invalidityDate : null,
        anchorDate: root.startDate,
      },
      episode.end,
    );
    // The phase change is "met" only once the day has come; the status function treats a future metDate as
    // not yet met (see statusOn).

    if (hasTnw) {
      for (const trajectory of file.trajectories.filter((t) => periodIds.has(t.periodId))) {
        const anchor = trajectory.goAheadDate ?? trajectory.referredDate;
        const endedWithoutContact = trajectory.firstContactDate ? null : trajectory.endDate;
        push(
          {
            rule: "FIRST_CONTACT",
            subjectId: trajectory.id,
            regime,
            dueDate: addMonths(anchor, 1),
            metDate: trajectory.firstContactDate,
            anchorDate: anchor,
            variant: trajectory.goAheadDate ? "DEFAULT" : "MEMBER_REQUEST",
          },
          endedWithoutContact ?? episode.end,
        );
      }
    }

    for (const activity of file.activities.filter((a) => periodIds.has(a.periodId))) {
      const decisions = [...activity.decisions].sort((a, b) => (a.decisionDate < b.decisionDate ? -1 : 1));
      const selfEmployed = needsPriorDecision(file.statute);
      const activityEnd = activity.endDate
        ? minDate(activity.endDate, episode.end ?? activity.endDate)
        : episode.end;
      push(
        {
          rule: "ACTIVITY_DECISION",
          subjectId: activity.id,
          regime,
          dueDate: selfEmployed ? activity.startDate : decisionDueDate(activity.startDate),
          metDate: decisions[0]?.decisionDate ?? null,
          anchorDate: activity.startDate,
          variant: selfEmployed ? "SELF_EMPLOYED" : "DEFAULT",
        },
        activity.status === "WITHDRAWN" ? activity.startDate : activityEnd,
      );
      const grants = decisions.filter((decision) => isGrant(decision.kind));
      const isRunning = activity.status === "AUTHORISED";
      grants.forEach((grant, index) => {
        const next = grants[index + 1];
        const stop = next ? null : isRunning ? null : (activity.endDate ?? grant.decisionDate);
        const sixMonths = latestReviewDate(grant.decisionDate);
        const reviewDue =
          grant.nextReviewDate && grant.nextReviewDate < sixMonths ? grant.nextReviewDate : sixMonths;
        push(
          {
            rule: "ACTIVITY_REVIEW",
            subjectId: activity.id,
            cycle: index,
            regime,
            dueDate: reviewDue,
            metDate: next?.decisionDate ?? null,
            anchorDate: grant.decisionDate,
            variant: grant.nextReviewDate && grant.nextReviewDate < sixMonths ? "SET_REVIEW" : "DEFAULT",
          },
          stop,
        );
        if (grant.validUntil) {
          push(
            {
              rule: "AUTHORISATION_EXPIRY",
              subjectId: activity.id,
              cycle: index,
              regime,
              dueDate: grant.validUntil,
              // Met by a later decision (renewal or review) or by the activity ending in time.
              metDate:
                next?.decisionDate ??
                (!isRunning && activity.endDate && activity.endDate <= grant.validUntil
                  ? activity.endDate
                  : null),
              anchorDate: grant.decisionDate,
            },
            stop,
          );
        }
      });
    }
  }

  for (const referral of file.referrals) {
    if (referral.status === "CANCELLED" && !referral.responseDate) continue;
    deadlines.push({
      rule: "REFERRAL_RESPONSE",
      subjectId: referral.id,
      cycle: 0,
      regime: regimeOf(episodes[episodes.length - 1]?.root.startDate ?? referral.sentDate),
      owner: OWNER_BY_RULE.REFERRAL_RESPONSE,
      dueDate: referral.expectedResponseDate,
      metDate: referral.responseDate,
      anchorDate: referral.sentDate,
      variant: "DEFAULT",
    });
  }
  return deadlines.sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.rule.localeCompare(b.rule),
  );
}

/** The status of a deadline on `today`. A met date in the future (information) counts once it is reached. */
export function statusOn(
  deadline: Pick<Deadline, "dueDate" | "metDate">,
  today: ISODate,
): { status: DeadlineStatus; isLate: boolean } {
  if (deadline.metDate && deadline.metDate <= today) {
    return { status: "MET", isLate: deadline.metDate > deadline.dueDate };
  }
  if (deadline.dueDate < today) return { status: "OVERDUE", isLate: false };
  if (deadline.dueDate <= dueSoonUntil(today)) return { status: "DUE_SOON", isLate: false };
  return { status: "UPCOMING", isLate: false };
}

export function withStatus(deadlines: Deadline[], today: ISODate): DeadlineWithStatus[] {
  return deadlines.map((deadline) => ({ ...deadline, ...statusOn(deadline, today) }));
}

/** The key that identifies a deadline across recomputations. */
export function deadlineKey(deadline: Pick<Deadline, "rule" | "subjectId" | "cycle">): string {
  return `${deadline.rule}:${deadline.subjectId}:${deadline.cycle}`;
}
