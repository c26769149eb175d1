// Record-level access to members (CONVENTIONS.md §6): every member query and mutation goes through these.
// Coordinators see the members of their team, advising physicians those of their region's teams; either may
// open another member after stating a purpose (break-glass, valid until it expires). Managers and admins
// see no member files (aggregates only). Out of scope answers NOT_FOUND (ADR 005).
import "server-only";

import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma, Region, Role } from "@/lib/generated/prisma/client";

export interface ScopedUser {
  id: string;
  email: string;
  role: Role;
  teamId: string | null;
  region: Region | null;
}

/** The members `user` may see in their own right, before any break-glass access. */
export function ownScopeWhere(user: ScopedUser): Prisma.MemberWhereInput {
  if (user.role === "COORDINATOR" && user.teamId) return { teamId: user.teamId };
  if (user.role === "ADVISING_PHYSICIAN" && user.region) return { team: { region: user.region } };
  return { id: { in: [] } };
}

/**
 * The team whose members `user` may hand to another coordinator: their own, for coordinators and managers
 * (member.reassign); null for everyone else. A manager reassigns without seeing any member file.
 */
export function reassignableTeamId(user: ScopedUser & { mfaPending?: boolean }): string | null {
  return can(user, "member.reassign") && user.teamId ? user.teamId : null;
}

/** The members `user` may see now: own scope, plus members opened with a stated purpose that has not expired. */
export function memberWhereForUser(user: ScopedUser, now: Date = new Date()): Prisma.MemberWhereInput {
  if (user.role !== "COORDINATOR" && user.role !== "ADVISING_PHYSICIAN") return { id: { in: [] } };
  return {
    OR: [ownScopeWhere(user), { breakGlassAccesses: { some: { userId: user.id, expiresAt: { gt: now } } } }],
  };
}

/**
 * For mutations: checks that the member is in scope and locks its row for the rest of the transaction, so
 * that two changes to one member file (and their deadline recomputation) happen one after the other.
 */
export async function lockMemberInScope(
  tx: Db,
  user: ScopedUser,
  memberId: string,
): Promise<{ id: string; teamId: string; statute: string }> {
  const member = await tx.member.findFirst({
    where: { AND: [{ id: memberId }, memberWhereForUser(user)] },
    select: { id: true },
  });
  if (!member) throw new AppError("NOT_FOUND");
  const [locked] = await tx.$queryRaw<{ id: string; teamId: string; statute: string }[]>`
    SELECT "id", "teamId", "statute"::text AS "statute" FROM "Member" WHERE "id" = ${memberId}::uuid FOR UPDATE`;
  if (!locked) throw new AppError("NOT_FOUND");
  return locked;
}

/** Unsafe: locks a member without any scope check — for callers that checked scope otherwise, and scripts. */
export async function unsafeLockMember(tx: Db, memberId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Member" WHERE "id" = ${memberId}::uuid FOR UPDATE`;
}
