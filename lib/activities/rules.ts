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

export interface DecisionInput {
  kind: "AUTHORISED" | "AUTHORISED_FEWER_HOURS" | "REFUSED" | "RENEWED" | "REVIEWED";
  decisionDate: ISODate;
  authorisedWeeklyHours?: number | null;
  validUntil?: ISODate | null;
  nextReviewDate?: ISODate | null;
  refusalReason?: string | null;
}

export interface ActivityForDecision {
  startDate: ISODate;
  requestReceivedDate: ISODate;
  requestedWeeklyHours: number;
  referenceWeeklyHours: number;
  statute: string;
  /** The validity of the grant being renewed or reviewed, if any. */
  currentValidUntil?: ISODate | null;
}

/** Field errors (validation keys) of a physician's decision; empty when acceptable. */
export function checkDecision(
  activity: ActivityForDecision,
  input: DecisionInput,
  today: ISODate,
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, key: string) => (errors[field] ??= []).push(key);
  if (input.decisionDate > today) add("decisionDate", "notInFuture");
  if (input.decisionDate < activity.requestReceivedDate) add("decisionDate", "decisionBeforeRequest");
  if (input.kind === "REFUSED") {
    if (!input.refusalReason?.trim()) add("refusalReason", "required");
    return errors;
  }
  const isFirstGrant = input.kind === "AUTHORISED" || input.kind === "AUTHORISED_FEWER_HOURS";
  if (isFirstGrant && needsPriorDecision(activity.statute) && input.decisionDate > activity.startDate) {
    add("decisionDate", "selfEmployedPriorDecision");
  }
  const hours = input.authorisedWeeklyHours;
  if (isFirstGrant || input.kind === "RENEWED") {
    if (hours === null || hours === undefined) add("authorisedWeeklyHours", "required");
    else if (hours <= 0 || hours > activity.requestedWeeklyHours)
      add("authorisedWeeklyHours", "authorisedHours");
    else if (input.kind === "AUTHORISED_FEWER_HOURS" && hours >= activity.requestedWeeklyHours)
      add("authorisedWeeklyHours", "fewerHoursThanRequested");
    if (!input.validUntil) add("validUntil", "required");
  }
  if (input.validUntil) {
    // A renewal grants up to two years from its own decision; a first grant from the start (V18). A review
    // sets no validity — it keeps the grant's, which may run past start + 2 years after a renewal.
    const from = input.kind === "RENEWED" ? input.decisionDate : activity.startDate;
    if (input.kind !== "REVIEWED" && input.validUntil > latestValidUntil(from))
      add("validUntil", "validTwoYears");
    if (input.validUntil < input.decisionDate || input.validUntil < activity.startDate)
      add("validUntil", "validUntilBeforeStart");
  }
  if (!input.nextReviewDate) add("nextReviewDate", "required");
  else {
    if (input.nextReviewDate > latestReviewDate(input.decisionDate))
      add("nextReviewDate", "reviewWithinSixMonths");
    if (input.nextReviewDate <= input.decisionDate) add("nextReviewDate", "reviewAfterAssessment");
  }
  return errors;
}
