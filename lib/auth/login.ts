// Sign-in: password check, lockout and session creation. The answer never says whether an address exists:
// unknown addresses are throttled and locked exactly like known ones, and cost the same hashing time.
import "server-only";

import { recordAudit } from "@/lib/audit/audit";
import { isLocked, registerFailure, type ThrottleState } from "@/lib/auth/lockout";
import { requiresSecondFactor } from "@/lib/auth/permissions";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { verifySecondFactor } from "@/lib/mfa/verify";

/**
 * INVALID: wrong address or password. LOCKED: too many failures. SECOND_FACTOR: the password is right and the
 * account has an authenticator — ask for its code (nothing counted, no session). INVALID_CODE: the code (or
 * recovery code) was wrong; it counts as a failed attempt like a wrong password.
 */
export type LoginFailure = "INVALID" | "LOCKED" | "SECOND_FACTOR" | "INVALID_CODE";
export type LoginResult = { ok: true; sessionId: string } | { ok: false; reason: LoginFailure };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function authenticate(
  emailInput: string,
  password: string,
  meta: { userAgent?: string | null; requestId?: string | null } = {},
  /** The second step: a code from the authenticator app, or a recovery code. */
  secondFactorCode?: string | null,
): Promise<LoginResult> {
  const db = getDb();
  const env = getEnv();
  const policy = { maxAttempts: env.LOGIN_MAX_ATTEMPTS, lockMinutes: env.LOGIN_LOCK_MINUTES };
  const email = normaliseEmail(emailInput).slice(0, 320);
  const now = new Date();

  const throttle = await db.loginThrottle.findUnique({ where: { emailKey: email } });
  if (isLocked(throttle, now)) {
    await recordAudit(db, {
      actor: null,
      actorEmail: email,
      action: "LOGIN_FAILED",
      entity: "Session",
      changes: { reason: "locked" },
      requestId: meta.requestId,
    });
    return { ok: false, reason: "LOCKED" };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      role: true,
      isActive: true,
      passwordHash: true,
      totpEnabledAt: true,
    },
  });
  const isValid = user
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDummy(password);

  let failure: "invalid" | "inactive" | "second-factor" = "invalid";
  if (user && isValid && user.isActive) {
    // Second step (docs/decisions/009): an enrolled account needs its code; a required-but-not-enrolled one
    // gets a session that holds nothing until it enrols (lib/auth/permissions.ts, WITHOUT_SECOND_FACTOR).
    let secondFactor: Awaited<ReturnType<typeof verifySecondFactor>> | null = null;
    if (user.totpEnabledAt) {
      if (!secondFactorCode?.trim()) return { ok: false, reason: "SECOND_FACTOR" };
      secondFactor = await verifySecondFactor(db, user.id, secondFactorCode, { now });
      if (!secondFactor.ok) failure = "second-factor";
    }
    if (failure !== "second-factor") {
      const verified = secondFactor?.ok ? secondFactor : null;
      const session = await db.$transaction(async (tx) => {
        await tx.loginThrottle.deleteMany({ where: { emailKey: email } });
        await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
        const created = await tx.authSession.create({
          data: {
            userId: user.id,
            userAgent: meta.userAgent?.slice(0, 300) ?? null,
            mfaVerifiedAt: verified ? now : null,
          },
        });
        await recordAudit(tx, {
          actor: user,
          action: "LOGIN",
          entity: "Session",
          entityId: created.id,
          requestId: meta.requestId,
          changes: verified
            ? {
                secondFactor: verified.method,
                ...(verified.recoveryCodesLeft === null
                  ? {}
                  : { recoveryCodesLeft: verified.recoveryCodesLeft }),
              }
            : requiresSecondFactor(user.role)
              ? { secondFactor: "not-enrolled" }
              : null,
        });
        return created;
      });
      return { ok: true, sessionId: session.id };
    }
  } else if (user && isValid && !user.isActive) {
    failure = "inactive";
  }

  // One statement per failure, serialised on the row, so parallel attempts cannot slip past the limit.
  // The attempt that sets the lock still answers INVALID; the next one answers LOCKED.
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "LoginThrottle" ("emailKey") VALUES (${email}) ON CONFLICT DO NOTHING`;
    const [current] = await tx.$queryRaw<ThrottleState[]>`
      SELECT "failedCount", "lastFailureAt", "lockedUntil" FROM "LoginThrottle" WHERE "emailKey" = ${email} FOR UPDATE`;
    const next = registerFailure(current ?? null, now, policy);
    await tx.loginThrottle.update({
      where: { emailKey: email },
      data: {
        failedCount: next.failedCount,
        lastFailureAt: next.lastFailureAt,
        lockedUntil: next.lockedUntil,
      },
    });
    await recordAudit(tx, {
      actor: null,
      actorEmail: email,
      action: next.justLocked ? "LOCKOUT" : "LOGIN_FAILED",
      entity: "Session",
      changes: { reason: failure },
      requestId: meta.requestId,
    });
  });
  return { ok: false, reason: failure === "second-factor" ? "INVALID_CODE" : "INVALID" };
}
