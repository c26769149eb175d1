// Incapacity rules, pure: phase, day counts, the relapse rule (V4) and the legal regime (V27).
import { addDays, addMonths, addYears, diffDays, minDate, type ISODate } from "@/lib/dates";

export type Phase = "PRIMARY" | "INVALIDITY";
export type Regime = "PRE_2022" | "TNW_2022" | "TNW_2026";

/** PRIMARY on dates before start + 1 year, INVALIDITY from start + 1 year on (V3; 29 Feb + 1 y = 28 Feb). */
export function phaseOn(start: ISODate, date: ISODate): Phase {
  return date < addYears(start, 1) ? "PRIMARY" : "INVALIDITY";
}

/** V7: days the member has to return the questionnaire once it was sent. */
export const QUESTIONNAIRE_RETURN_DAYS = 14;

/** V7: when a questionnaire sent on `sentDate` is due back. */
export function questionnaireDueDate(sentDate: ISODate): ISODate {
  return addDays(sentDate, QUESTIONNAIRE_RETURN_DAYS);
}

/** The first day of invalidity. */
export function invalidityStart(start: ISODate): ISODate {
  return addYears(start, 1);
}

/** Days of incapacity up to `date` (or the end, whichever is first), start and end days included. */
export function dayCount(start: ISODate, date: ISODate, end?: ISODate | null): number {
  const last = end ? minDate(end, date) : date;
  return Math.max(0, diffDays(start, last) + 1);
}

/** The regime a period falls under, by its start date (V27). */
export function regimeOf(start: ISODate): Regime {
  if (start < "2022-01-01") return "PRE_2022";
  if (start < "2026-01-01") return "TNW_2022";
  return "TNW_2026";
}

export interface PreviousPeriod {
  startDate: ISODate;
  endDate: ISODate | null;
  endReason: string | null;
}

export type RelapseVerdict =
  | { isContinuation: true; previousPhase: Phase; windowEnd: ISODate }
  | {
      isContinuation: false;
      reason: "previousOpen" | "notFullReturn" | "outsideWindow" | "notAfterEnd";
      windowEnd?: ISODate;
    };

/**
 * V4: a new period continues the previous one when the previous one ended with a full return and starts no
 * later than end + 14 days (previous still PRIMARY on its end date) or end + 3 months (previous reached
 * INVALIDITY). `episodeStart` is the start of the chain the previous period belongs to (its phase counts
 * from there).
 */
export function classifyRelapse(
  previous: PreviousPeriod,
  newStart: ISODate,
  episodeStart = previous.startDate,
): RelapseVerdict {
  if (!previous.endDate) return { isContinuation: false, reason: "previousOpen" };
  if (newStart <= previous.endDate) return { isContinuation: false, reason: "notAfterEnd" };
  if (previous.endReason !== "FULL_RETURN") return { isContinuation: false, reason: "notFullReturn" };
  const previousPhase = phaseOn(episodeStart, previous.endDate);
  const windowEnd =
    previousPhase === "PRIMARY" ? addDays(previous.endDate, 14) : addMonths(previous.endDate, 3);
  if (newStart > windowEnd) return { isContinuation: false, reason: "outsideWindow", windowEnd };
  return { isContinuation: true, previousPhase, windowEnd };
}
