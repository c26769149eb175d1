// Sign-in: password check, lockout and session creation. The answer never says whether an address exists:
// unknown addresses are throttled and locked exactly like known ones, and cost the same hashing time.
import "server-only";

import { recordAudit } from "@/lib/audit/audit";
import { isLocked, registerFailure, type ThrottleState } from "@/lib/auth/lockout";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

export type LoginFailure = "INVALID" | "LOCKED";
export type LoginResult = { ok: true; sessionId: string } | { ok: false; reason: LoginFailure };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function authenticate(
  emailInput: string,
  password: string,
  meta: { userAgent?: string | null; requestId?: string | null } = {},
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
    select: { id: true, email: true, role: true, isActive: true, passwordHash: true },
  });
  const isValid = user
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDummy(password);

  if (user && isValid && user.isActive) {
    const session = await db.$transaction(async (tx) => {
      await tx.loginThrottle.deleteMany({ where: { emailKey: email } });
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
      const created = await tx.authSession.create({
        data: { userId: user.id, userAgent: meta.userAgent?.slice(0, 300) ?? null },
      });
      await recordAudit(tx, {
        actor: user,
        action: "LOGIN",
        entity: "Session",
        entityId: created.id,
        requestId: meta.requestId,
      });
      return created;
    });
    return { ok: true, sessionId: session.id };
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
      changes: { reason: user && isValid && !user.isActive ? "inactive" : "invalid" },
      requestId: meta.requestId,
    });
  });
  return { ok: false, reason: "INVALID" };
}
