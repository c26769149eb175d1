// The physician's work queue, pure: what each queue holds, how far ahead reminders appear, and the order of
// urgency. The SQL in queries.ts applies these numbers.
import { addDays, type ISODate } from "@/lib/dates";
import { dueSoonUntil } from "@/lib/deadlines/rules";
import type { DueWindow, QueueKind } from "@/lib/queue/schemas";

/**
 * How many days before its due date an item appears. A first category or a pending request is work from the
 * moment it exists (null: always shown); a review or an expiry is a reminder that appears in time to plan
 * the examination (V18: every ≤ 6 months; ≤ 2 years a grant) without filling the queue months ahead.
 */
export const REMINDER_DAYS: Readonly<Record<QueueKind, number | null>> = {
  FIRST_CATEGORY: null,
  ACTIVITY_DECISION: null,
  REVIEW: 30,
  AUTHORISATION_EXPIRY: 60,
  QUESTIONNAIRE: null,
};

/** Ties on the same date: the legal deadlines first, then reminders, then reading. */
export const KIND_RANK: Readonly<Record<QueueKind, number>> = {
  ACTIVITY_DECISION: 1,
  FIRST_CATEGORY: 2,
  REVIEW: 3,
  AUTHORISATION_EXPIRY: 4,
  QUESTIONNAIRE: 5,
};

/** The last due date a reminder of this kind may have to be shown today. */
export function reminderHorizon(kind: QueueKind, today: ISODate): ISODate | null {
  const days = REMINDER_DAYS[kind];
  return days === null ? null : addDays(today, days);
}

/** The due dates a window keeps: before `before` (exclusive) — overdue means due before today. */
export function dueWindowEnd(window: DueWindow, today: ISODate): ISODate {
  switch (window) {
    case "overdue":
      return today;
    case "week":
      return addDays(dueSoonUntil(today), 1);
    case "month":
      return addDays(today, 31);
  }
}

export type Urgency = "OVERDUE" | "TODAY" | "SOON" | "LATER" | "WAITING";

/** How urgent an item is on `today`; items without a due date (a questionnaire to read) are WAITING. */
export function urgencyOf(dueDate: ISODate | null, today: ISODate): Urgency {
  if (!dueDate) return "WAITING";
  if (dueDate < today) return "OVERDUE";
  if (dueDate === today) return "TODAY";
  if (dueDate <= dueSoonUntil(today)) return "SOON";
  return "LATER";
}
