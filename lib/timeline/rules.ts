// The member file's single timeline, pure: what happened (the entries of getMemberFile) and what is still due
// (the open deadlines, each with its reason), newest first, grouped by day, with the future kept apart.
import type { ISODate } from "@/lib/dates";
import type { DeadlineStatus } from "@/lib/deadlines/rules";

export interface TimelineEvent {
  date: ISODate;
  sortKey: string;
}

export interface TimelineDeadline {
  dueDate: ISODate;
  status: DeadlineStatus;
  rule: string;
}

export type TimelineItem<E, D> = { type: "event"; event: E } | { type: "deadline"; deadline: D };

export interface TimelineDay<E, D> {
  date: ISODate;
  /** After today: only deadlines can be there. */
  isFuture: boolean;
  items: TimelineItem<E, D>[];
}

const OPEN: readonly DeadlineStatus[] = ["OVERDUE", "DUE_SOON", "UPCOMING"];

/**
 * Events and open deadlines in one list of days, newest day first. Within a day, what is due comes before what
 * happened, and events keep their recorded order reversed (latest first). Met deadlines are left out: the event
 * that met them is already on the timeline.
 */
export function buildFileTimeline<E extends TimelineEvent, D extends TimelineDeadline>(
  events: readonly E[],
  deadlines: readonly D[],
  today: ISODate,
): TimelineDay<E, D>[] {
  const days = new Map<ISODate, { deadlines: D[]; events: E[] }>();
  const day = (date: ISODate) => {
    let entry = days.get(date);
    if (!entry) days.set(date, (entry = { deadlines: [], events: [] }));
    return entry;
  };
  for (const deadline of deadlines)
    if (OPEN.includes(deadline.status)) day(deadline.dueDate).deadlines.push(deadline);
  for (const event of events) day(event.date).events.push(event);
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, entry]) => ({
      date,
      isFuture: date > today,
      items: [
        ...entry.deadlines
          .sort((a, b) => a.rule.localeCompare(b.rule))
          .map((deadline) => ({ type: "deadline" as const, deadline })),
        ...entry.events
          .sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0))
          .map((event) => ({ type: "event" as const, event })),
      ],
    }));
}
