import { describe, expect, it } from "vitest";

import { isLocked, minutesLeft, registerFailure, type ThrottleState } from "@/lib/auth/lockout";

const policy = { maxAttempts: 5, lockMinutes: 15 };
const t0 = new Date("2026-03-02T09:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function fail(times: number, start: ThrottleState | null = null, at = t0) {
  let state = start;
  let justLocked = false;
  for (let i = 0; i < times; i++) ({ justLocked, ...state } = registerFailure(state, at, policy));
  return { state: state!, justLocked };
}

describe("sign-in lockout", () => {
  it("does not lock after four failures", () => {
    const { state, justLocked } = fail(4);
    expect(justLocked).toBe(false);
    expect(isLocked(state, t0)).toBe(false);
    expect(state.failedCount).toBe(4);
  });

  it("locks on the fifth failure for 15 minutes", () => {
    const { state, justLocked } = fail(5);
    expect(justLocked).toBe(true);
    expect(isLocked(state, later(14.9))).toBe(true);
    expect(isLocked(state, later(15))).toBe(false);
    expect(minutesLeft(state, later(1))).toBe(14);
  });

  it("starts counting afresh once the lock has expired", () => {
    const { state } = fail(5);
    const after = registerFailure(state, later(16), policy);
    expect(after.failedCount).toBe(1);
    expect(after.justLocked).toBe(false);
  });

  it("forgets failures older than one lock period", () => {
    const { state } = fail(4);
    const next = registerFailure(state, later(16), policy);
    expect(next.failedCount).toBe(1);
  });

  it("treats no history as unlocked", () => {
    expect(isLocked(null, t0)).toBe(false);
  });
});
