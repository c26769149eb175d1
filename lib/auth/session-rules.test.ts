import { describe, expect, it } from "vitest";

import { evaluateSession, shouldTouch } from "@/lib/auth/session-rules";

const now = new Date("2026-05-04T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("evaluateSession", () => {
  const base = { revokedAt: null, lastSeenAt: minutesAgo(5), user: { isActive: true } };

  it("accepts a recent session of an active user", () => {
    expect(evaluateSession(base, now, 480)).toBe("ok");
  });
  it("ends a session idle for longer than the limit (480 min ok, 481 not)", () => {
    expect(evaluateSession({ ...base, lastSeenAt: minutesAgo(480) }, now, 480)).toBe("ok");
    expect(evaluateSession({ ...base, lastSeenAt: minutesAgo(481) }, now, 480)).toBe("idle");
  });
  it("ends the session of a deactivated user at once", () => {
    expect(evaluateSession({ ...base, user: { isActive: false } }, now, 480)).toBe("inactive");
  });
  it("refuses a signed-out session", () => {
    expect(evaluateSession({ ...base, revokedAt: minutesAgo(1) }, now, 480)).toBe("revoked");
  });
  it("touches the session at most once a minute", () => {
    expect(shouldTouch(minutesAgo(0.5), now)).toBe(false);
    expect(shouldTouch(minutesAgo(2), now)).toBe(true);
  });
});
