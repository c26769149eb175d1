// Authorised activity (progressive return, art. 100 §2), pure: work fraction, lateness (V13), benefit
// effect (V17), decision, review and validity dates (V14, V18) and the self-employed rule (V20).
import { addWorkingDays, lastWorkingDayBefore } from "@/lib/calendar/rules";
import { addDays, addMonths, addYears, type ISODate } from "@/lib/dates";

/** Work fraction = hours ÷ reference hours × 100, kept to two decimals. */
export function workFraction(weeklyHours: number, referenceWeeklyHours: number): number {
  if (referenceWeeklyHours <= 0) throw new RangeError("reference hours must be positive");
  return Math.round((weeklyHours / referenceWeeklyHours) * 10_000) / 100;
}

/** V15: 0 < fraction < 100 (no 50 % cap: that is a medical judgement, not a rule). */
export function isValidFraction(fraction: number): boolean {
  return fraction > 0 && fraction < 100;
}

export interface BenefitEffect {
  /** Reduction of the daily benefit, in percent of it. */
  reductionPercent: number;
  /** What remains of the daily benefit, in percent. */
  benefitPercent: number;
}

/**
 * V17: a fraction up to 20 % keeps the full benefit; above it the benefit drops by (fraction − 20), rounded to
 * the nearest whole percent, .5 up: floor(fraction − 20 + 0.5). Computed in hundredths to avoid float drift.
 */
export function benefitEffect(fraction: number): BenefitEffect {
  const hundredths = Math.round(fraction * 100);
  if (hundredths <= 2000) return { reductionPercent: 0, benefitPercent: 100 };
  const reductionPercent = Math.floor((hundredths - 2000 + 50) / 100);
  return { reductionPercent, benefitPercent: 100 - reductionPercent };
}

export type Lateness = "ON_TIME" | "LATE_REDUCED" | "LATE_NO_BENEFIT";

export interface LatenessVerdict {
  lateness: Lateness;
  /** The last day the request could arrive on time: the last working day before the start. */
  onTimeUntil: ISODate;
  /** Up to this day a late request still only costs 10 %: start + 14 days. */
  reducedUntil: ISODate;
  /** The days the consequence applies to (start … day received), or null when on time. */
  affected: { from: ISODate; until: ISODate } | null;
}

/**
 * V13: on time when received on or before the last working day before the start; received no later than
 * start + 14 days: 10 % less benefit from the start until the day received; later: no benefit for that time.
 */
export function latenessOf(receivedDate: ISODate, startDate: ISODate): LatenessVerdict {
  const onTimeUntil = lastWorkingDayBefore(startDate);
  const reducedUntil = addDays(startDate, 14);
  if (receivedDate <= onTimeUntil) return { lateness: "ON_TIME", onTimeUntil, reducedUntil, affected: null };
  const affected = receivedDate >= startDate ? { from: startDate, until: receivedDate } : null;
  return {
    lateness: receivedDate <= reducedUntil ? "LATE_REDUCED" : "LATE_NO_BENEFIT",
    onTimeUntil,
    reducedUntil,
    affected,
  };
}

/** V14: the physician decides within 30 working days of the start. */
export function decisionDueDate(startDate: ISODate): ISODate {
  return addWorkingDays(startDate, 30);
}

/** V18: one grant lasts at most two years from the start. */
export function latestValidUntil(startDate: ISODate): ISODate {
  return addYears(startDate, 2);
}

/** V18: a review at least every six months after a decision. */
export function latestReviewDate(decisionDate: ISODate): ISODate {
  return addMonths(decisionDate, 6);
}

/** V20: a self-employed member needs the decision before starting. */
export function needsPriorDecision(statute: string): boolean {
  return statute === "SELF_EMPLOYED";
}

export const DECISION_KINDS = [
  "AUTHORISED",
  "AUTHORISED_FEWER_HOURS",
  "REFUSED",
  "RENEWED",
  "REVIEWED",
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** The fields of a decision that depend on its kind. */
export const DECISION_FIELDS = [
  "authorisedWeeklyHours",
  "validUntil",
  "nextReviewDate",
  "conditions",
  "refusalReason",
] as const;
export type DecisionField = (typeof DECISION_FIELDS)[number];

/**
 * How a kind uses a field: "required" must be given; "optional" may be, blank meaning none; "kept" may be, blank
 * keeping the current grant's value; "empty" must be left blank (a value is refused, never silently dropped).
 */
export type FieldUse = "required" | "optional" | "kept" | "empty";

export interface DecisionKindRule {
  /**
   * The only activity status the kind can answer: a first decision (authorise, fewer hours, refuse) answers a
   * pending request; a follow-up (renew, review) an authorised grant (DOMAIN.md workflow step 5).
   */
  answers: "PENDING" | "AUTHORISED";
  /** The activity's status after the decision. */
  leadsTo: "AUTHORISED" | "REFUSED";
  fields: Record<DecisionField, FieldUse>;
  /**
   * The authorised weekly hours against the requested ones: exactly the requested hours, fewer, more than 0 up to
   * them, the current grant's hours unchanged, or none (refusal).
   */
  hours: "asRequested" | "fewerThanRequested" | "upToRequested" | "kept" | "none";
  /**
   * Where the two-year limit of the validity counts from (V18): the activity's start for a first grant, the
   * decision for a renewal; a review keeps the current validity (which after a renewal may run past start + 2
   * years) and a refusal has none.
   */
  validFrom: "start" | "decision" | "kept" | "none";
}

const GRANT_FIELDS = {
  authorisedWeeklyHours: "required",
  validUntil: "required",
  nextReviewDate: "required",
  conditions: "optional",
  refusalReason: "empty",
} as const satisfies Record<DecisionField, FieldUse>;

/** What each kind of physician's decision takes, requires or must leave empty: the form and the server read it. */
export const DECISION_RULES: Record<DecisionKind, DecisionKindRule> = {
  AUTHORISED: {
    answers: "PENDING",
    leadsTo: "AUTHORISED",
    fields: GRANT_FIELDS,
    hours: "asRequested",
    validFrom: "start",
  },
  AUTHORISED_FEWER_HOURS: {
    answers: "PENDING",
    leadsTo: "AUTHORISED",
    fields: GRANT_FIELDS,
    hours: "fewerThanRequested",
    validFrom: "start",
  },
  REFUSED: {
    answers: "PENDING",
    leadsTo: "REFUSED",
    fields: {
      authorisedWeeklyHours: "empty",
      validUntil: "empty",
      nextReviewDate: "empty",
      conditions: "empty",
      refusalReason: "required",
    },
    hours: "none",
    validFrom: "none",
  },
  RENEWED: {
    answers: "AUTHORISED",
    leadsTo: "AUTHORISED",
    fields: GRANT_FIELDS,
    hours: "upToRequested",
    validFrom: "decision",
  },
  REVIEWED: {
    answers: "AUTHORISED",
    leadsTo: "AUTHORISED",
    fields: {
      authorisedWeeklyHours: "empty",
      validUntil: "empty",
      nextReviewDate: "required",
      conditions: "kept",
      refusalReason: "empty",
    },
    hours: "kept",
    validFrom: "kept",
  },
};

/** The kinds of decision an activity in `status` can take, in the order the form offers them. */
export function decisionKindsFor(status: string): DecisionKind[] {
  return DECISION_KINDS.filter((kind) => DECISION_RULES[kind].answers === status);
}

/** Whether the physician can decide anything on an activity in `status` (pending or authorised). */
export function isDecidable(status: string): boolean {
  return decisionKindsFor(status).length > 0;
}

/** A first decision answers the request (authorise, fewer hours or refuse); renewals and reviews follow a grant. */
export function isFirstDecision(kind: DecisionKind): boolean {
  return DECISION_RULES[kind].answers === "PENDING";
}

/** The latest validity the rules allow for `kind` decided on `decisionDate`, or null when it sets none (V18). */
export function latestValidUntilFor(
  kind: DecisionKind,
  startDate: ISODate,
  decisionDate: ISODate,
): ISODate | null {
  const { validFrom } = DECISION_RULES[kind];
  if (validFrom === "start") return latestValidUntil(startDate);
  if (validFrom === "decision") return latestValidUntil(decisionDate);
  return null;
}

export interface DecisionInput {
  kind: DecisionKind;
  decisionDate: ISODate;
  authorisedWeeklyHours?: number | null;
  validUntil?: ISODate | null;
  nextReviewDate?: ISODate | null;
  conditions?: string | null;
  refusalReason?: string | null;
}

export interface ActivityForDecision {
  startDate: ISODate;
  requestReceivedDate: ISODate;
  requestedWeeklyHours: number;
  referenceWeeklyHours: number;
  statute: string;
}

const isGiven = (value: unknown) =>
  value !== null && value !== undefined && (typeof value !== "string" || value.trim() !== "");
const hundredths = (hours: number) => Math.round(hours * 100);

/**
 * Field errors (validation keys) of a physician's decision; empty when acceptable. Every field the kind does not
 * take must be left blank ("notForDecisionKind"), so a hand-made request cannot extend a grant or change its
 * hours under a review.
 */
export function checkDecision(
  activity: ActivityForDecision,
  input: DecisionInput,
  today: ISODate,
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, key: string) => (errors[field] ??= []).push(key);
  const rule = DECISION_RULES[input.kind];
  if (input.decisionDate > today) add("decisionDate", "notInFuture");
  if (input.decisionDate < activity.requestReceivedDate) add("decisionDate", "decisionBeforeRequest");
  for (const field of DECISION_FIELDS) {
    const given = isGiven(input[field]);
    if (rule.fields[field] === "required" && !given) add(field, "required");
    if (rule.fields[field] === "empty" && given) add(field, "notForDecisionKind");
  }
  // V20: a self-employed member may not start before being authorised; a refusal may come at any time.
  if (
    isFirstDecision(input.kind) &&
    rule.leadsTo === "AUTHORISED" &&
    needsPriorDecision(activity.statute) &&
    input.decisionDate > activity.startDate
  ) {
    add("decisionDate", "selfEmployedPriorDecision");
  }
  const hours = input.authorisedWeeklyHours;
  if (rule.fields.authorisedWeeklyHours !== "empty" && typeof hours === "number") {
    const requested = hundredths(activity.requestedWeeklyHours);
    if (hours <= 0 || hundredths(hours) > requested) add("authorisedWeeklyHours", "authorisedHours");
    else if (rule.hours === "fewerThanRequested" && hundredths(hours) >= requested)
      add("authorisedWeeklyHours", "fewerHoursThanRequested");
    else if (rule.hours === "asRequested" && hundredths(hours) !== requested)
      add("authorisedWeeklyHours", "hoursAsRequested");
  }
  const validLimit = latestValidUntilFor(input.kind, activity.startDate, input.decisionDate);
  if (validLimit && input.validUntil) {
    if (input.validUntil > validLimit) add("validUntil", "validTwoYears");
    if (input.validUntil < input.decisionDate || input.validUntil < activity.startDate)
      add("validUntil", "validUntilBeforeStart");
  }
  if (rule.fields.nextReviewDate !== "empty" && input.nextReviewDate) {
    if (input.nextReviewDate > latestReviewDate(input.decisionDate))
      add("nextReviewDate", "reviewWithinSixMonths");
    if (input.nextReviewDate <= input.decisionDate) add("nextReviewDate", "reviewAfterAssessment");
  }
  return errors;
}

export interface CurrentGrant {
  requestedWeeklyHours: number;
  authorisedWeeklyHours: number | null;
  validUntil: ISODate | null;
  conditions: string | null;
}

export interface DecisionOutcome {
  status: "AUTHORISED" | "REFUSED";
  authorisedWeeklyHours: number | null;
  validUntil: ISODate | null;
  nextReviewDate: ISODate | null;
  conditions: string | null;
  refusalReason: string | null;
}

/** The authorised hours a decision leaves in force (the form's preview and the stored value). */
export function authorisedHoursAfter(
  kind: DecisionKind,
  current: Pick<CurrentGrant, "requestedWeeklyHours" | "authorisedWeeklyHours">,
  typed: number | null | undefined,
): number | null {
  switch (DECISION_RULES[kind].hours) {
    case "asRequested":
      return current.requestedWeeklyHours;
    case "kept":
      return current.authorisedWeeklyHours;
    case "none":
      return null;
    default:
      return typeof typed === "number" && typed > 0 ? typed : null;
  }
}

/** What an accepted decision (checkDecision returned no errors) writes on the activity. */
export function decisionOutcome(current: CurrentGrant, input: DecisionInput): DecisionOutcome {
  const rule = DECISION_RULES[input.kind];
  const text = (field: "conditions" | "refusalReason", kept: string | null) => {
    const use = rule.fields[field];
    if (use === "empty") return null;
    const value = input[field]?.trim();
    return value || (use === "kept" ? kept : null);
  };
  return {
    status: rule.leadsTo,
    authorisedWeeklyHours: authorisedHoursAfter(input.kind, current, input.authorisedWeeklyHours),
    validUntil:
      rule.validFrom === "kept"
        ? current.validUntil
        : rule.validFrom === "none"
          ? null
          : input.validUntil || null,
    nextReviewDate: rule.fields.nextReviewDate === "empty" ? null : input.nextReviewDate || null,
    conditions: text("conditions", current.conditions),
    refusalReason: text("refusalReason", null),
  };
}
