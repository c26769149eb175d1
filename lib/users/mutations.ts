import "server-only";

import { diffChanges, recordAudit } from "@/lib/audit/audit";
import { auditActorFields, type MutationContext } from "@/lib/audit/context";
import { normaliseEmail } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { generatePassword } from "@/lib/auth/password-policy";
import { assertVersionedUpdate } from "@/lib/database/concurrency";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/config";
import type { TCreateUser, TSetUserActive, TUpdateUser } from "@/lib/users/schemas";

const AUDITED_FIELDS = ["email", "name", "role", "teamId", "locale", "isActive"] as const;

export async function createUser(
  input: TCreateUser,
  context: MutationContext,
): Promise<{ id: string; email: string; password: string }> {
  const password = input.password || generatePassword();
  const passwordHash = await hashPassword(password); // outside the transaction: hashing is slow on purpose
  const data = {
    email: normaliseEmail(input.email),
    name: input.name.trim(),
    role: input.role,
    teamId: input.teamId || null,
    locale: input.locale,
  };
  const user = await getDb().$transaction(async (tx) => {
    const user = await tx.user.create({ data: { ...data, passwordHash }, select: { id: true, email: true } });
    await recordAudit(tx, {
      ...auditActorFields(context),
      action: "CREATE",
      entity: "User",
      entityId: user.id,
      changes: diffChanges(null, { ...data, isActive: true }, AUDITED_FIELDS),
    });
    return user;
  });
  return { ...user, password };
}

export async function updateUser(input: TUpdateUser, context: MutationContext): Promise<void> {
  if (context.actor?.id === input.id) {
    const current = await getDb().user.findUnique({ where: { id: input.id }, select: { role: true } });
    if (current && current.role !== input.role)
      throw new AppError("FORBIDDEN", { messageKey: "cannotDemoteSelf" });
  }
  await getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.id } });
    const data = {
      name: input.name.trim(),
      role: input.role,
      teamId: input.teamId || null,
      locale: input.locale,
    };
    const { count } = await tx.user.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    await assertVersionedUpdate(count, async () => before);
    await recordAudit(tx, {
      ...auditActorFields(context),
      action: "UPDATE",
      entity: "User",
      entityId: input.id,
      changes: diffChanges(before, data, ["name", "role", "teamId", "locale"]),
    });
  });
}

/** Deactivation also ends the user's sessions, so they are out on their next request. */
export async function setUserActive(input: TSetUserActive, context: MutationContext): Promise<void> {
  if (context.actor?.id === input.id && !input.isActive) {
    throw new AppError("FORBIDDEN", { messageKey: "cannotDeactivateSelf" });
  }
  await getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.id }, select: { isActive: true } });
    const { count } = await tx.user.updateMany({
      where: { id: input.id, version: input.version },
      data: { isActive: input.isActive, version: { increment: 1 } },
    });
    await assertVersionedUpdate(count, async () => before);
    if (!input.isActive) {
      await tx.authSession.updateMany({
        where: { userId: input.id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
    }
    await recordAudit(tx, {
      ...auditActorFields(context),
      action: "UPDATE",
      entity: "User",
      entityId: input.id,
      changes: diffChanges(before, { isActive: input.isActive }, ["isActive"]),
    });
  });
}

export async function resetUserPassword(
  input: { id: string; version: number; password?: string },
  context: MutationContext,
): Promise<{ password: string }> {
  const password = input.password || generatePassword();
  const passwordHash = await hashPassword(password);
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: input.id, version: input.version },
      data: { passwordHash, passwordChangedAt: new Date(), version: { increment: 1 } },
    });
    await assertVersionedUpdate(count, () =>
      tx.user.findUnique({ where: { id: input.id }, select: { id: true } }),
    );
    // A new password ends every open session of that account.
    await tx.authSession.updateMany({
      where: { userId: input.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await tx.loginThrottle.deleteMany({
      where: {
        emailKey: (await tx.user.findUniqueOrThrow({ where: { id: input.id }, select: { email: true } }))
          .email,
      },
    });
    await recordAudit(tx, {
      ...auditActorFields(context),
      action: "UPDATE",
      entity: "User",
      entityId: input.id,
      changes: { passwordHash: { before: "•••", after: "•••" } },
    });
  });
  return { password };
}

export async function setOwnLocale(userId: string, locale: AppLocale): Promise<void> {
  await getDb().user.update({ where: { id: userId }, data: { locale } });
}
