import "server-only";

import { audit } from "@/lib/audit/context";
import { assertVersionedUpdate } from "@/lib/database/concurrency";
import { toDbDate, todayInBrussels } from "@/lib/dates";
import { getDb, type Db } from "@/lib/db";
import { refreshMemberDeadlines } from "@/lib/deadlines/refresh";
import { AppError } from "@/lib/errors";
import { diffChanges } from "@/lib/audit/audit";
import { lockMemberInScope, reassignableTeamId, unsafeLockMember } from "@/lib/members/access";
import type { MemberContext } from "@/lib/members/context";
import { findDuplicateMembers, type DuplicateMatch } from "@/lib/members/queries";
import { isPlausibleBirthDate, normaliseInsz, searchNameOf } from "@/lib/members/rules";
import type { TCreateMember, TReassignMember, TUpdateMember } from "@/lib/members/schemas";
import { OPEN_STATUSES } from "@/lib/trajectories/rules";

/**
 * Runs a change to one member file: checks the member is in the actor's scope, locks its row, runs `change`,
 * then recomputes the member's deadlines — all in one transaction (the audit row is written by `change`).
 */
export async function changeMemberFile<T>(
  context: MemberContext,
  memberId: string,
  change: (tx: Db, member: { id: string; teamId: string; statute: string }) => Promise<T>,
): Promise<T> {
  return getDb().$transaction(async (tx) => {
    const member = await lockMemberInScope(tx, context.actor, memberId);
    const result = await change(tx, member);
    await refreshMemberDeadlines(tx, memberId);
    return result;
  });
}

function memberData(
  input: Omit<TCreateMember, "coordinatorId" | "confirmNotDuplicate"> | Omit<TUpdateMember, "id" | "version">,
) {
  return {
    insz: normaliseInsz(input.insz),
    externalId: input.externalId || null,
    firstName: input.firstName,
    lastName: input.lastName,
    searchName: searchNameOf(input.firstName, input.lastName),
    birthDate: toDbDate(input.birthDate),
    sex: input.sex,
    language: input.language,
    region: input.region,
    postalCode: input.postalCode.trim().toUpperCase(),
    municipality: input.municipality || null,
    address: input.address || null,
    phone: input.phone || null,
    email: input.email || null,
    statute: input.statute,
    workType: input.workType || null,
    workRegime: input.workRegime || null,
    referenceWeeklyHours: input.referenceWeeklyHours ?? null,
    sector: input.sector || null,
    employerId: input.employerId || null,
  };
}

const AUDITED = [
  "insz",
  "externalId",
  "firstName",
  "lastName",
  "birthDate",
  "sex",
  "language",
  "region",
  "postalCode",
  "municipality",
  "address",
  "phone",
  "email",
  "statute",
  "workType",
  "workRegime",
  "referenceWeeklyHours",
  "sector",
  "employerId",
  "coordinatorId",
] as const;

async function assertCoordinatorOfTeam(db: Db, coordinatorId: string, teamId: string): Promise<void> {
  const coordinator = await db.user.findFirst({
    where: { id: coordinatorId, teamId, role: "COORDINATOR", isActive: true },
    select: { id: true },
  });
  if (!coordinator)
    throw new AppError("VALIDATION", { fieldErrors: { coordinatorId: ["coordinatorNotInTeam"] } });
}

export type CreateMemberResult = { created: { id: string } } | { duplicates: DuplicateMatch[] };

/**
 * Intake: a new member in the actor's team. Identical INSZ or external id → the existing file is offered
 * instead; the same name and birth date → offered too, unless the user confirmed it is another person.
 */
export async function createMember(
  input: TCreateMember,
  context: MemberContext,
): Promise<CreateMemberResult> {
  const { actor } = context;
  if (actor.role !== "COORDINATOR" || !actor.teamId) throw new AppError("FORBIDDEN");
  if (!isPlausibleBirthDate(input.birthDate, todayInBrussels())) {
    throw new AppError("VALIDATION", { fieldErrors: { birthDate: ["birthDatePlausible"] } });
  }
  const duplicates = await findDuplicateMembers(actor, input);
  const hard = duplicates.filter((d) => d.matchedOn.includes("insz") || d.matchedOn.includes("externalId"));
  if (hard.length || (duplicates.length && !input.confirmNotDuplicate)) return { duplicates };

  const data = memberData(input);
  const coordinatorId = input.coordinatorId || actor.id;
  return getDb().$transaction(async (tx) => {
    if (coordinatorId !== actor.id) await assertCoordinatorOfTeam(tx, coordinatorId, actor.teamId!);
    const member = await tx.member.create({
      data: { ...data, teamId: actor.teamId!, coordinatorId, createdById: actor.id, updatedById: actor.id },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "CREATE",
      entity: "Member",
      entityId: member.id,
      memberId: member.id,
      changes: diffChanges(null, { ...data, coordinatorId }, AUDITED),
    });
    return { created: member };
  });
}

export async function updateMember(input: TUpdateMember, context: MemberContext): Promise<void> {
  if (!isPlausibleBirthDate(input.birthDate, todayInBrussels())) {
    throw new AppError("VALIDATION", { fieldErrors: { birthDate: ["birthDatePlausible"] } });
  }
  await changeMemberFile(context, input.id, async (tx) => {
    const before = await tx.member.findUniqueOrThrow({ where: { id: input.id } });
    const data = memberData(input);
    const { count } = await tx.member.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, updatedById: context.actor.id, version: { increment: 1 } },
    });
    await assertVersionedUpdate(count, async () => before);
    await audit(tx, context, {
      action: "UPDATE",
      entity: "Member",
      entityId: input.id,
      memberId: input.id,
      changes: diffChanges(before, data, AUDITED),
    });
  });
}

/**
 * Hands a member to another coordinator of the same team (a coordinator or a manager of that team does it).
 * Audited, and visible in the member's timeline through the audit trail.
 */
export async function reassignMember(input: TReassignMember, context: MemberContext): Promise<void> {
  const { actor } = context;
  const db = getDb();
  await db.$transaction(async (tx) => {
    const member = await tx.member.findUnique({
      where: { id: input.memberId },
      select: { id: true, teamId: true, coordinatorId: true, version: true },
    });
    if (!member || reassignableTeamId(actor) !== member.teamId) throw new AppError("NOT_FOUND");
    // In scope by team (a manager has no member-file scope), so the lock needs no second scope check.
    await unsafeLockMember(tx, member.id);
    await assertCoordinatorOfTeam(tx, input.coordinatorId, member.teamId);
    const { count } = await tx.member.updateMany({
      where: { id: member.id, version: input.version },
      data: { coordinatorId: input.coordinatorId, updatedById: actor.id, version: { increment: 1 } },
    });
    await assertVersionedUpdate(count, async () => member);
    // Open trajectories follow the member to their new coordinator.
    await tx.trajectory.updateMany({
      where: { memberId: member.id, status: { in: [...OPEN_STATUSES] } },
      data: { coordinatorId: input.coordinatorId },
    });
    await audit(tx, context, {
      action: "UPDATE",
      entity: "Member",
      entityId: member.id,
      memberId: member.id,
      purpose: "reassignment",
      changes: { coordinatorId: { before: member.coordinatorId, after: input.coordinatorId } },
    });
  });
}
