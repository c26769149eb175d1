import { describe, expect, it } from "vitest";

import {
  canTransition,
  checkTransition,
  DATE_FIELD_OF,
  ENDING_STATUSES,
  isEnded,
  isOpen,
  OPEN_STATUSES,
  openTrajectoryOf,
  pickTransitionFields,
  REQUIRED_FIELDS,
  transitionDateOf,
  transitionFields,
  TRANSITIONS,
  TRAJECTORY_STATUSES,
  type TrajectoryStatus,
} from "@/lib/trajectories/rules";

const ALLOWED: [TrajectoryStatus, TrajectoryStatus][] = [
  ["REFERRED", "INVITED"],
  ["INVITED", "ACTIVE"],
  ["ACTIVE", "CLOSED"],
  ["REFERRED", "DECLINED"],
  ["INVITED", "DECLINED"],
  ["ACTIVE", "REFERRED_OUT"],
];

describe("trajectory state machine", () => {
  it.each(ALLOWED)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  const refused = TRAJECTORY_STATUSES.flatMap((from) =>
    TRAJECTORY_STATUSES.filter((to) => !ALLOWED.some(([f, t]) => f === from && t === to)).map(
      (to) => [from, to] as const,
    ),
  );
  it.each(refused)("refuses %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it("has exactly 30 refused pairs (36 minus the 6 allowed)", () => {
    expect(refused).toHaveLength(30);
  });
});

describe("checkTransition", () => {
  const referred = {
    status: "REFERRED" as const,
    referredDate: "2026-10-01",
    invitedDate: null,
    firstContactDate: null,
  };
  const today = "2026-11-22";

  it("answers INVALID_TRANSITION for a transition the machine does not have", () => {
    expect(
      checkTransition(
        referred,
        { to: "CLOSED", endDate: today, stopReason: "OTHER", outcome: "OTHER" },
        today,
      ),
    ).toEqual({
      ok: false,
      code: "INVALID_TRANSITION",
    });
  });

  it("requires the invitation date to invite", () => {
    expect(checkTransition(referred, { to: "INVITED" }, today)).toEqual({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { invitedDate: ["required"] },
    });
    expect(checkTransition(referred, { to: "INVITED", invitedDate: "2026-10-02" }, today)).toEqual({
      ok: true,
    });
  });

  it("refuses dates before the previous step or in the future", () => {
    expect(checkTransition(referred, { to: "INVITED", invitedDate: "2026-09-30" }, today)).toMatchObject({
      fieldErrors: { invitedDate: ["beforeReferral"] },
    });
    expect(checkTransition(referred, { to: "INVITED", invitedDate: "2026-11-23" }, today)).toMatchObject({
      fieldErrors: { invitedDate: ["notInFuture"] },
    });
  });

  it("requires end date, stop reason and outcome to close", () => {
    const active = {
      status: "ACTIVE" as const,
      referredDate: "2026-01-01",
      invitedDate: "2026-01-05",
      firstContactDate: "2026-01-20",
    };
    const result = checkTransition(active, { to: "CLOSED" }, today);
    expect(result).toEqual({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { endDate: ["required"], stopReason: ["required"], outcome: ["required"] },
    });
    expect(
      checkTransition(
        active,
        { to: "CLOSED", endDate: "2026-11-01", stopReason: "RESUMED_FULLY", outcome: "BACK_AT_WORK" },
        today,
      ),
    ).toEqual({ ok: true });
  });

  it("requires where the member was referred to", () => {
    const active = {
      status: "ACTIVE" as const,
      referredDate: "2026-01-01",
      invitedDate: "2026-01-05",
      firstContactDate: "2026-01-20",
    };
    expect(
      checkTransition(active, { to: "REFERRED_OUT", endDate: "2026-03-01", endNote: "  " }, today),
    ).toMatchObject({ fieldErrors: { endNote: ["required"] } });
  });
});

describe("open and ending statuses", () => {
  it("splits the statuses: open ones have a next step, ending ones have none", () => {
    expect([...OPEN_STATUSES, ...ENDING_STATUSES].sort()).toEqual([...TRAJECTORY_STATUSES].sort());
    for (const status of TRAJECTORY_STATUSES) {
      expect(isOpen(status), status).toBe(TRANSITIONS[status].length > 0);
      expect(isEnded(status), status).toBe(TRANSITIONS[status].length === 0);
    }
  });
});

describe("the date a transition is recorded under", () => {
  const targets = [...new Set(Object.values(TRANSITIONS).flat())];

  it("names the step's own date for each target status", () => {
    expect(DATE_FIELD_OF).toEqual({
      INVITED: "invitedDate",
      ACTIVE: "firstContactDate",
      CLOSED: "endDate",
      DECLINED: "endDate",
      REFERRED_OUT: "endDate",
    });
  });

  it.each(targets)("is a required field of a transition to %s", (to) => {
    expect(REQUIRED_FIELDS[to]).toContain(DATE_FIELD_OF[to]);
  });

  it("takes the end date of a closing that also carries an invitation date", () => {
    const input = {
      to: "CLOSED" as const,
      invitedDate: "2026-11-20",
      firstContactDate: "2026-11-21",
      endDate: "2026-11-01",
      stopReason: "OTHER",
      outcome: "OTHER",
    };
    expect(transitionDateOf(input)).toBe("2026-11-01");
    expect(
      transitionDateOf({ to: "ACTIVE", invitedDate: "2026-11-20", firstContactDate: "2026-11-21" }),
    ).toBe("2026-11-21");
    expect(transitionDateOf({ to: "INVITED", endDate: "2026-11-20" })).toBeNull();
  });
});

describe("the fields a transition takes", () => {
  it("are the required ones plus the optional note of an ending", () => {
    expect(transitionFields("INVITED")).toEqual(["invitedDate"]);
    expect(transitionFields("ACTIVE")).toEqual(["firstContactDate"]);
    expect(transitionFields("CLOSED")).toEqual(["endDate", "stopReason", "outcome", "endNote"]);
    expect(transitionFields("DECLINED")).toEqual(["endDate", "endNote"]);
    expect(transitionFields("REFERRED_OUT")).toEqual(["endDate", "endNote"]);
  });

  it("drops every other field", () => {
    expect(
      pickTransitionFields({
        to: "DECLINED",
        invitedDate: "2026-11-20",
        firstContactDate: "2026-11-21",
        endDate: "2026-11-02",
        stopReason: "OTHER",
        outcome: "OTHER",
        endNote: "No interest",
      }),
    ).toEqual({ to: "DECLINED", endDate: "2026-11-02", endNote: "No interest" });
  });

  it("are the only ones checked: a stray future date does not block a closing", () => {
    const active = {
      status: "ACTIVE" as const,
      referredDate: "2026-01-01",
      invitedDate: "2026-01-05",
      firstContactDate: "2026-01-20",
    };
    expect(
      checkTransition(
        active,
        {
          to: "CLOSED",
          invitedDate: "2027-01-01",
          endDate: "2026-11-01",
          stopReason: "RESUMED_FULLY",
          outcome: "BACK_AT_WORK",
        },
        "2026-11-22",
      ),
    ).toEqual({ ok: true });
  });
});

describe("openTrajectoryOf", () => {
  it("is the latest trajectory while it is open, and nothing once it ended", () => {
    const closed = { id: "a", status: "CLOSED" };
    const invited = { id: "b", status: "INVITED" };
    expect(openTrajectoryOf([closed, invited])).toBe(invited);
    expect(openTrajectoryOf([invited, closed])).toBeNull();
    expect(openTrajectoryOf([])).toBeNull();
  });
});
