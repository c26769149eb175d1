// Two-factor sign-in against the database: enrolment, the second step of sign-in, replay and recovery codes,
// the lockout, an administrator's reset, and what is stored.
import { describe, expect, it } from "vitest";

import { authenticate } from "@/lib/auth/login";
import { getDb } from "@/lib/db";
import { decryptSecret } from "@/lib/mfa/crypto";
import {
  confirmEnrolment,
  regenerateRecoveryCodes,
  removeSecondFactor,
  resetSecondFactor,
  startEnrolment,
  verifySession,
} from "@/lib/mfa/mutations";
import { getOwnSecondFactor } from "@/lib/mfa/queries";
import { base32Decode, hotp, timeStep, totpCodeOf } from "@/lib/mfa/totp";
import { FACTORY_PASSWORD, makeUser, type TestUser } from "@/prisma/factories";

import { expectOneAuditRow, failureOf } from "../../tests/support/audit";

const MASTER = "test-secret-test-secret-test-secret-0123"; // tests/support/db-setup.ts

/** A six-digit code the key does not produce anywhere near now (so it is wrong for certain). */
function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((offset) => totpCodeOf(secret, new Date(), offset)));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, "0");
    if (!valid.has(candidate)) return candidate;
  }
}

async function sessionFor(user: TestUser) {
  const result = await authenticate(user.email, FACTORY_PASSWORD);
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return {
    actor: { id: user.id, email: user.email, role: user.role, sessionId: result.sessionId },
    requestId: "test",
  };
}

describe("enrolment", () => {
  it("activates a key only once the app's code is confirmed, with ten hashed recovery codes", async () => {
    const physician = await makeUser("ADVISING_PHYSICIAN");
    const context = await sessionFor(physician);
    expect((await getOwnSecondFactor(physician)).status).toBe("off");
    await startEnrolment(context);
    const pending = await getOwnSecondFactor(physician);
    expect(pending.status).toBe("pending");
    if (pending.status !== "pending") return;
    expect(pending.qrSvg).toContain("<svg");
    const secret = pending.manualKey.replace(/ /g, "");
    // Stored encrypted, bound to the user.
    const row = await getDb().user.findUniqueOrThrow({ where: { id: physician.id } });
    expect(row.totpSecret).not.toContain(secret);
    expect(decryptSecret(row.totpSecret!, MASTER, physician.id)).toBe(secret);
    expect(row.totpEnabledAt).toBeNull();
    // A pending key asks nothing at sign-in yet.
    expect((await authenticate(physician.email, FACTORY_PASSWORD)).ok).toBe(true);

    const wrong = await failureOf(() => confirmEnrolment({ code: wrongCode(secret) }, context));
    expect(wrong.fieldErrors).toEqual({ code: ["totpInvalid"] });

    const { result, audit } = await expectOneAuditRow(() =>
      confirmEnrolment({ code: totpCodeOf(secret) }, context),
    );
    expect(audit).toMatchObject({ action: "UPDATE", entity: "User", entityId: physician.id });
    expect(audit.purpose).toBe("second-factor-enrolled");
    expect(result.recoveryCodes).toHaveLength(10);
    const stored = await getDb().recoveryCode.findMany({ where: { userId: physician.id } });
    expect(stored).toHaveLength(10);
    for (const code of result.recoveryCodes) expect(stored.map((s) => s.codeHash)).not.toContain(code);
    const session = await getDb().authSession.findUniqueOrThrow({ where: { id: context.actor.sessionId } });
    expect(session.mfaVerifiedAt).not.toBeNull();
    expect(await getOwnSecondFactor(physician)).toMatchObject({ status: "on", recoveryCodesLeft: 10 });
    // Starting again over an active factor is refused.
    expect((await failureOf(() => startEnrolment(context))).code).toBe("CONFLICT");
  });
});

describe("sign-in with a second factor", () => {
  it("asks for the code, accepts each time step once, and counts wrong codes towards the lockout", async () => {
    const user = await makeUser("ADMIN", { withTotp: true });
    const secret = user.totpSecret!;
    expect(await authenticate(user.email, FACTORY_PASSWORD)).toEqual({ ok: false, reason: "SECOND_FACTOR" });
    expect(await getDb().loginThrottle.findUnique({ where: { emailKey: user.email } })).toBeNull();
    // A wrong password never reaches the second step.
    expect(await authenticate(user.email, "wrong-password", {}, totpCodeOf(secret))).toEqual({
      ok: false,
      reason: "INVALID",
    });

    const code = totpCodeOf(secret);
    const ok = await authenticate(user.email, FACTORY_PASSWORD, {}, code);
    expect(ok.ok).toBe(true);
    const session = await getDb().authSession.findUniqueOrThrow({ where: { id: ok.ok ? ok.sessionId : "" } });
    expect(session.mfaVerifiedAt).not.toBeNull();
    const login = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "LOGIN", entityId: session.id },
    });
    expect(login.changes).toEqual({ secondFactor: "totp" });

    // The same code again (replay) is refused, and counts as a failure.
    expect(await authenticate(user.email, FACTORY_PASSWORD, {}, code)).toEqual({
      ok: false,
      reason: "INVALID_CODE",
    });
    const throttle = await getDb().loginThrottle.findUniqueOrThrow({ where: { emailKey: user.email } });
    expect(throttle.failedCount).toBe(1);
    const failure = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "LOGIN_FAILED", actorEmail: user.email },
      orderBy: { id: "desc" },
    });
    expect(failure.changes).toEqual({ reason: "second-factor" });

    // A code two steps old is refused; the next step's code is accepted (one step of drift).
    const key = base32Decode(secret);
    const now = timeStep(new Date());
    expect(
      (await authenticate(user.email, FACTORY_PASSWORD, {}, hotp(key, now - 2))).ok,
      "two steps old",
    ).toBe(false);
    expect((await authenticate(user.email, FACTORY_PASSWORD, {}, hotp(key, now + 1))).ok).toBe(true);
  });

  it("locks the address after five wrong codes", async () => {
    const user = await makeUser("ADVISING_PHYSICIAN", { withTotp: true });
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await authenticate(user.email, FACTORY_PASSWORD, {}, wrongCode(user.totpSecret!))).ok).toBe(
        false,
      );
    }
    expect(await authenticate(user.email, FACTORY_PASSWORD, {}, totpCodeOf(user.totpSecret!))).toEqual({
      ok: false,
      reason: "LOCKED",
    });
  });

  it("accepts each recovery code once, in any case and with or without dashes", async () => {
    const user = await makeUser("ADVISING_PHYSICIAN", { withTotp: true });
    const [first, second] = user.recoveryCodes!;
    const signedIn = await authenticate(user.email, FACTORY_PASSWORD, {}, first!.toUpperCase());
    expect(signedIn.ok).toBe(true);
    const login = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "LOGIN", entityId: signedIn.ok ? signedIn.sessionId : "" },
    });
    expect(login.changes).toEqual({ secondFactor: "recovery-code", recoveryCodesLeft: 9 });
    expect((await authenticate(user.email, FACTORY_PASSWORD, {}, first!)).ok).toBe(false);
    expect((await authenticate(user.email, FACTORY_PASSWORD, {}, second!.replace(/-/g, ""))).ok).toBe(true);
    expect(await getDb().recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(8);
  });

  it("lets a physician without a factor in, but holds that session (it is not verified)", async () => {
    const physician = await makeUser("ADVISING_PHYSICIAN");
    const result = await authenticate(physician.email, FACTORY_PASSWORD);
    expect(result.ok).toBe(true);
    const session = await getDb().authSession.findUniqueOrThrow({
      where: { id: result.ok ? result.sessionId : "" },
    });
    expect(session.mfaVerifiedAt).toBeNull();
    const login = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "LOGIN", entityId: session.id },
    });
    expect(login.changes).toEqual({ secondFactor: "not-enrolled" });
  });
});

describe("managing the factor", () => {
  it("verifies an older session, renews recovery codes with an app code, and removes the factor", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const older = await sessionFor(coordinator); // opened before enrolling
    const { secret } = await (async () => {
      const context = await sessionFor(coordinator);
      await startEnrolment(context);
      const state = await getOwnSecondFactor(coordinator);
      const key = state.status === "pending" ? state.manualKey.replace(/ /g, "") : "";
      await confirmEnrolment({ code: totpCodeOf(key) }, context);
      return { secret: key };
    })();
    await verifySession({ code: totpCodeOf(secret, new Date(), 1) }, older);
    expect(
      (await getDb().authSession.findUniqueOrThrow({ where: { id: older.actor.sessionId } })).mfaVerifiedAt,
    ).not.toBeNull();

    // Recovery codes cannot renew recovery codes: that needs the app.
    const codes = await getDb().recoveryCode.count({ where: { userId: coordinator.id } });
    expect(codes).toBe(10);
    const viaRecovery = await failureOf(() => regenerateRecoveryCodes({ code: "7k30-q9xa-2hd1" }, older));
    expect(viaRecovery.fieldErrors).toEqual({ code: ["totpInvalid"] });
    // Pretend the next time step has come (each step is accepted once; the test does not wait 30 seconds).
    await getDb().user.update({
      where: { id: coordinator.id },
      data: { totpLastUsedStep: timeStep(new Date()) - 2 },
    });
    const fresh = await regenerateRecoveryCodes({ code: totpCodeOf(secret) }, older);
    expect(fresh.recoveryCodes).toHaveLength(10);

    const removed = await removeSecondFactor({ code: fresh.recoveryCodes[0]! }, older);
    expect(removed).toEqual({ mustEnrolAgain: false });
    const row = await getDb().user.findUniqueOrThrow({ where: { id: coordinator.id } });
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(await getDb().recoveryCode.count({ where: { userId: coordinator.id } })).toBe(0);
    expect((await authenticate(coordinator.email, FACTORY_PASSWORD)).ok).toBe(true);
  });

  it("lets an administrator reset another user's factor: sessions end, audited, self-reset refused", async () => {
    const admin = await makeUser("ADMIN", { withTotp: true });
    const physician = await makeUser("ADVISING_PHYSICIAN", { withTotp: true });
    const signedIn = await authenticate(
      physician.email,
      FACTORY_PASSWORD,
      {},
      totpCodeOf(physician.totpSecret!),
    );
    expect(signedIn.ok).toBe(true);
    const context = { actor: { id: admin.id, email: admin.email, role: admin.role }, requestId: "test" };

    const { audit } = await expectOneAuditRow(() => resetSecondFactor({ userId: physician.id }, context));
    expect(audit).toMatchObject({
      action: "UPDATE",
      entity: "User",
      entityId: physician.id,
      actorId: admin.id,
      purpose: "second-factor-reset",
    });
    const session = await getDb().authSession.findUniqueOrThrow({
      where: { id: signedIn.ok ? signedIn.sessionId : "" },
    });
    expect(session.revokedAt).not.toBeNull();
    expect(await getDb().recoveryCode.count({ where: { userId: physician.id } })).toBe(0);
    // The next sign-in asks for the password only; the session is then held until they enrol again.
    expect((await authenticate(physician.email, FACTORY_PASSWORD)).ok).toBe(true);
    expect((await failureOf(() => resetSecondFactor({ userId: physician.id }, context))).code).toBe(
      "CONFLICT",
    );
    expect((await failureOf(() => resetSecondFactor({ userId: admin.id }, context))).messageKey).toBe(
      "cannotResetOwnSecondFactor",
    );
  });
});
