import { describe, expect, it } from "vitest";

import { planDeadlineSync } from "@/lib/deadlines/refresh";
import type { Deadline } from "@/lib/deadlines/rules";

const base: Deadline = {
  rule: "FIRST_CATEGORY",
  subjectId: "period-1",
  cycle: 0,
  regime: "TNW_2026",
  owner: "PHYSICIAN",
  dueDate: "2026-12-12",
  metDate: null,
  anchorDate: "2026-08-14",
  variant: "DEFAULT",
};

describe("planDeadlineSync", () => {
  it("writes nothing when the stored rows already equal the computed deadlines", () => {
    expect(planDeadlineSync([{ ...base, id: "a" }], [{ ...base }])).toEqual({
      create: [],
      update: [],
      remove: [],
    });
  });

  it("updates a deadline whose key stays but whose values move, keeping its id", () => {
    const moved = { ...base, metDate: "2026-11-30" };
    expect(planDeadlineSync([{ ...base, id: "a" }], [moved])).toEqual({
      create: [],
      update: [{ ...moved, id: "a" }],
      remove: [],
    });
  });

  it("creates new keys and removes keys that no longer apply", () => {
    const review = { ...base, rule: "ACTIVITY_REVIEW" as const, cycle: 1 };
    const nextCycle = { ...base, cycle: 1 };
    expect(
      planDeadlineSync(
        [
          { ...base, id: "a" },
          { ...review, id: "b" },
        ],
        [base, nextCycle],
      ),
    ).toEqual({
      create: [nextCycle],
      update: [],
      remove: ["b"],
    });
  });
});
