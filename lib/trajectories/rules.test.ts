import { describe, expect, it } from "vitest";

import {
  canTransition,
  checkTransition,
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
