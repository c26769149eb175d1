import { describe, expect, it } from "vitest";

import { authenticate } from "@/lib/auth/login";
import { getDb } from "@/lib/db";
import { createTeam } from "@/lib/teams/mutations";
import { createUser, setUserActive } from "@/lib/users/mutations";

const PASSWORD = "correct-Horse-battery-9";
const context = { actor: null, actorLabel: "test" };

async function makeUser(email: string) {
  const team = await createTeam({ name: `Team ${email}`, region: "FLANDERS" }, context);
  return createUser(
    { email, name: "Test User", role: "COORDINATOR", teamId: team.id, locale: "nl", password: PASSWORD },
    context,
  );
}

describe("authenticate", () => {
  it("signs in with the right password, case-insensitively on the address, and audits it", async () => {
    const user = await makeUser("ok@test.be");
    const result = await authenticate("  OK@Test.BE ", PASSWORD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await getDb().authSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.userId).toBe(user.id);
    expect(await getDb().auditEvent.count({ where: { action: "LOGIN", actorId: user.id } })).toBe(1);
  });

  it("locks after five failures; the sixth attempt is refused even with the right password", async () => {
    await makeUser("lock@test.be");
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await authenticate("lock@test.be", "wrong-password-123")).toEqual({
        ok: false,
        reason: "INVALID",
      });
    }
    expect(await authenticate("lock@test.be", PASSWORD)).toEqual({ ok: false, reason: "LOCKED" });
    expect(await getDb().auditEvent.count({ where: { action: "LOCKOUT", actorEmail: "lock@test.be" } })).toBe(
      1,
    );
  });

  it("treats an unknown address exactly like a known one (no account enumeration)", async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await authenticate("nobody@test.be", "whatever-123456")).toEqual({
        ok: false,
        reason: "INVALID",
      });
    }
    expect(await authenticate("nobody@test.be", "whatever-123456")).toEqual({ ok: false, reason: "LOCKED" });
  });

  it("resets the failure count after a successful sign-in", async () => {
    await makeUser("reset@test.be");
    for (let attempt = 1; attempt <= 4; attempt++) await authenticate("reset@test.be", "wrong-password-123");
    expect((await authenticate("reset@test.be", PASSWORD)).ok).toBe(true);
    for (let attempt = 1; attempt <= 4; attempt++) await authenticate("reset@test.be", "wrong-password-123");
    expect((await authenticate("reset@test.be", PASSWORD)).ok).toBe(true);
  });

  it("refuses a deactivated user with the generic message", async () => {
    const user = await makeUser("gone@test.be");
    const { version } = await getDb().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { version: true },
    });
    await setUserActive({ id: user.id, version, isActive: false }, context);
    expect(await authenticate("gone@test.be", PASSWORD)).toEqual({ ok: false, reason: "INVALID" });
  });
});
