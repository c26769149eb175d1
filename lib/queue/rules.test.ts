import { describe, expect, it } from "vitest";

import { dueWindowEnd, KIND_RANK, reminderHorizon, urgencyOf } from "@/lib/queue/rules";
import { QUEUE_KINDS } from "@/lib/queue/schemas";

describe("work queue rules", () => {
  const today = "2026-11-22";

  it("shows reviews 30 days and expiries 60 days ahead, first categories and requests always", () => {
    expect(reminderHorizon("REVIEW", today)).toBe("2026-12-22");
    expect(reminderHorizon("AUTHORISATION_EXPIRY", today)).toBe("2027-01-21");
    expect(reminderHorizon("FIRST_CATEGORY", today)).toBeNull();
    expect(reminderHorizon("ACTIVITY_DECISION", today)).toBeNull();
  });

  it("ranks every kind once, decisions on requests first", () => {
    expect(new Set(QUEUE_KINDS.map((kind) => KIND_RANK[kind])).size).toBe(QUEUE_KINDS.length);
    expect(Math.min(...Object.values(KIND_RANK))).toBe(KIND_RANK.ACTIVITY_DECISION);
  });

  it("tells overdue from today, soon and later", () => {
    expect(urgencyOf("2026-11-21", today)).toBe("OVERDUE");
    expect(urgencyOf(today, today)).toBe("TODAY");
    // "Soon" is the same seven days, today included, as the "this week" window and the deadlines' DUE_SOON.
    expect(urgencyOf("2026-11-28", today)).toBe("SOON");
    expect(urgencyOf("2026-11-29", today)).toBe("LATER");
    expect(urgencyOf(null, today)).toBe("WAITING");
  });

  it("ends the due windows where the filter promises", () => {
    expect(dueWindowEnd("overdue", today)).toBe(today);
    expect(dueWindowEnd("week", today)).toBe("2026-11-29");
    expect(dueWindowEnd("month", today)).toBe("2026-12-23");
  });
});
