import { describe, expect, it } from "vitest";

import { buildFileTimeline } from "@/lib/timeline/rules";

const event = (date: string, order: string, name: string) => ({ date, sortKey: `${date}|${order}`, name });
const deadline = (dueDate: string, status: "OVERDUE" | "DUE_SOON" | "UPCOMING" | "MET", rule: string) => ({
  dueDate,
  status,
  rule,
});

describe("the member file's timeline", () => {
  it("shows what is due and what happened in one list, newest day first, the future apart", () => {
    const days = buildFileTimeline(
      [
        event("2026-11-01", "0", "period start"),
        event("2026-11-20", "5 09:00", "morning call"),
        event("2026-11-20", "5 14:00", "afternoon call"),
      ],
      [
        deadline("2026-12-01", "UPCOMING", "FIRST_CONTACT"),
        deadline("2026-11-20", "OVERDUE", "QUESTIONNAIRE_RETURN"),
        deadline("2026-11-05", "MET", "QUESTIONNAIRE_SENT"),
      ],
      "2026-11-22",
    );
    expect(days.map((d) => [d.date, d.isFuture])).toEqual([
      ["2026-12-01", true],
      ["2026-11-20", false],
      ["2026-11-01", false],
    ]);
    // Within a day: the deadline first, then the latest event first.
    expect(
      days[1]!.items.map((item) => (item.type === "deadline" ? item.deadline.rule : item.event.name)),
    ).toEqual(["QUESTIONNAIRE_RETURN", "afternoon call", "morning call"]);
  });

  it("leaves out met deadlines, whose event is already there", () => {
    const days = buildFileTimeline([], [deadline("2026-11-05", "MET", "QUESTIONNAIRE_SENT")], "2026-11-22");
    expect(days).toEqual([]);
  });
});
