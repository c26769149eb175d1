// Enrolling, proving, replacing and resetting the second factor (TOTP with recovery codes). Every change to a
// user's factor is audited on the user (entity User); codes are checked by lib/mfa/verify.ts.
import "server-only";

import { randomBytes } from "node:crypto";

import { recordAudit } from "@/lib/audit/audit";
import { auditActorFields, type MutationContext } from "@/lib/audit/context";
import type { AuditActor } from "@/lib/audit/audit";
import { requiresSecondFactor } from "@/lib/auth/permissions";
import { getDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { encryptSecret, generateRecoveryCodes, hashRecoveryCode } from "@/lib/mfa/crypto";
import { masterSecret } from "@/lib/mfa/keys";
import { base32Encode, matchTotp } from "@/lib/mfa/totp";
import { decryptUserKey, verifySecondFactor } from "@/lib/mfa/verify";

/** The signed-in user acting on their own factor, in their current session. */
export interface SelfContext extends MutationContext {
  actor: AuditActor & { sessionId: string };
}

const invalidCode = () => new AppError("VALIDATION", { fieldErrors: { code: ["totpInvalid"] } });

async function storeRecoveryCodes(tx: Db, userId: string): Promise<string[]> {
  const codes = generateRecoveryCodes();
  const secret = masterSecret();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code, secret) })),
  });
  return codes;
}

/**
 * Starts (or restarts) enrolment: a new random key (160 bits, RFC 4226 §4), stored encrypted but not yet
 * active — sign-in keeps asking for nothing until the user proves the app reads it (confirmEnrolment).
 */
export async function startEnrolment(context: SelfContext): Promise<void> {
  const userId = context.actor.id;
  const secret = base32Encode(randomBytes(20));
  const { count } = await getDb().user.updateMany({
    where: { id: userId, totpEnabledAt: null },
    data: { totpSecret: encryptSecret(secret, masterSecret(), userId), totpLastUsedStep: null },
  });
  if (count !== 1) throw new AppError("CONFLICT", { messageKey: "secondFactorAlreadyOn" });
}

/**
 * Activates the pending key once the user typed a code it produced; issues ten recovery codes (shown once)
 * and counts the current session as verified, so the user carries on without signing in again.
 */
export async function confirmEnrolment(
  input: { code: string },
  context: SelfContext,
): Promise<{ recoveryCodes: string[] }> {
  const db = getDb();
  const userId = context.actor.id;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", { messageKey: "secondFactorAlreadyOn" });
  const key = decryptUserKey(user);
  if (!key) throw new AppError("VALIDATION", { fieldErrors: { code: ["enrolmentNotStarted"] } });
  const now = new Date();
  const step = matchTotp(key, input.code, now);
  if (step === null) throw invalidCode();
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpEnabledAt: now, totpLastUsedStep: step },
    });
    if (count !== 1) throw new AppError("CONFLICT", { messageKey: "secondFactorAlreadyOn" });
    const recoveryCodes = await storeRecoveryCodes(tx, userId);
    await tx.authSession.update({ where: { id: context.actor.sessionId }, data: { mfaVerifiedAt: now } });
    await recordAudit(tx, {
      ...auditActorFields(context),
      action: "UPDATE",
      entity: "User",
      entityId: userId,
      purpose: "second-factor-enrolled",
      changes: {
        secondFactor: { before: "off", after: "totp" },
        recoveryCodes: { after: recoveryCodes.length },
      },
    });
    return { recoveryCodes };
  });
}

/** An enrolled user proves the factor in a session that has not (one opened before they enrolled). */
export async function verifySession(input: { code: string }, context: SelfContext): Promise<void> {
  const db = getDb();
  await db.$transaction(async (tx) => {
    const verdict = await verifySecondFactor(tx, context.actor.id, input.code);
    if (!verdict.ok) throw invalidCode();
    await tx.authSession.update({
      where: { id: context.actor.sessionId },
      data: { mfaVerifiedAt: new Date() },
    });
    await recordAudit(tx, {
      ...auditActorFields(context),
      action: "LOGIN",
      entity: "Session",
      entityId: context.actor.sessionId,
      changes: {
        secondFactor: verdict.method,
        ...(verdict.recoveryCodesLeft === null ? {} : { recoveryCodesLeft: verdict.recoveryCodesLeft }),
      },
    });
  });
}

/** New recovery codes (the old ones stop working); needs a code from the app itself. */
export async function regenerateRecoveryCodes(
  input: { code: string },
  context: SelfContext,
): Promise<{ recoveryCodes: string[] }> {
  return getDb().$transaction(async (tx) => {
    const verdict = await verifySecondFactor(tx, context.actor.id, input.code, { allowRecoveryCode: false });
    if (!verdict.ok) throw invalidCode();
    const recoveryCodes = await storeRecoveryCodes(tx, context.actor.id);
    await recordAudit(tx, {
      ...auditActorFields(context),
      action: "UPDATE",
      entity: "User",
      entityId: context.actor.id,
      purpose: "second-factor-recovery-codes",
      changes: { recoveryCodes: { after: recoveryCodes.length } },
    });
    return { recoveryCodes };
  });
}

async function clearFactor(tx: Db, userId: string): Promise<boolean> {
  const { count } = await tx.user.updateMany({
    where: { id: userId, OR: [{ totpSecret: { not: null } }, { totpEnabledAt: { not: null } }] },
    data: { totpSecret: null, totpEnabledAt: null, totpLastUsedStep: null },
  });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  return count === 1;
}

/**
 * The user removes their factor after proving it: to turn it off (roles where it is optional) or to move to
 * another app (physicians and admins, whose session then has to enrol again before it can carry on).
 */
export async function removeSecondFactor(
  input: { code: string },
  context: SelfContext & { actor: { role: Role } },
): Promise<{ mustEnrolAgain: boolean }> {
  return getDb().$transaction(async (tx) => {
    const verdict = await verifySecondFactor(tx, context.actor.id, input.code);
    if (!verdict.ok) throw invalidCode();
    await clearFactor(tx, context.actor.id);
    await recordAudit(tx, {
      ...auditActorFields(context),
      action: "UPDATE",
      entity: "User",
      entityId: context.actor.id,
      purpose: "second-factor-removed",
      changes: { secondFactor: { before: "totp", after: "off" } },
    });
    return { mustEnrolAgain: requiresSecondFactor(context.actor.role) };
  });
}

/**
 * An administrator resets another user's factor (lost phone and recovery codes): the key and the codes are
 * deleted and the user's sessions end, so their next sign-in asks for the password only and then leads them
 * to enrol again. Audited on the user.
 */
export async function resetSecondFactor(input: { userId: string }, context: MutationContext): Promise<void> {
  if (context.actor?.id === input.userId)
    throw new AppError("FORBIDDEN", { messageKey: "cannotResetOwnSecondFactor" });
  await getDb().$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    if (!target) throw new AppError("NOT_FOUND");
    const hadFactor = await clearFactor(tx, input.userId);
    if (!hadFactor) throw new AppError("CONFLICT", { messageKey: "secondFactorAlreadyOff" });
    await tx.authSession.updateMany({
      where: { userId: input.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, {
      ...auditActorFields(context),
      action: "UPDATE",
      entity: "User",
      entityId: input.userId,
      purpose: "second-factor-reset",
      changes: { secondFactor: { before: "totp", after: "off" } },
    });
  });
}

/**
 * Unsafe: enrols a user's second factor directly, without their proving the app reads it — for test factories
 * and scripts only (no session involved). Returns the key and the recovery codes, which callers must treat as
 * secrets. Audited like an enrolment, with the tool as the actor.
 */
export async function unsafeEnrolSecondFactor(
  userId: string,
  context: MutationContext,
  /** A given key (the published demo key); by default a new random one. */
  secret: string = base32Encode(randomBytes(20)),
): Promise<{ secret: string; recoveryCodes: string[] }> {
  return getDb().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: {
        totpSecret: encryptSecret(secret, masterSecret(), userId),
        totpEnabledAt: new Date(),
        totpLastUsedStep: null,
      },
    });
    const recoveryCodes = await storeRecoveryCodes(tx, userId);
    await recordAudit(tx, {
      ...auditActorFields(context),
      action: "UPDATE",
      entity: "User",
      entityId: userId,
      purpose: "second-factor-enrolled",
      changes: {
        secondFactor: { before: "off", after: "totp" },
        recoveryCodes: { after: recoveryCodes.length },
      },
    });
    return { secret, recoveryCodes };
  });
}
