import "server-only";

import { diffChanges } from "@/lib/audit/audit";
import { audit } from "@/lib/audit/context";
import { assertVersionedUpdate } from "@/lib/database/concurrency";
import { fromDbDate, toDbDate, todayInBrussels, type ISODate } from "@/lib/dates";
import { getDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TrajectoryInitiative } from "@/lib/generated/prisma/enums";
import type { MemberContext } from "@/lib/members/context";
import { changeMemberFile } from "@/lib/members/mutations";
import {
  checkTransition,
  isOpen,
  OPEN_STATUSES,
  pickTransitionFields,
  transitionDateOf,
  transitionFields,
} from "@/lib/trajectories/rules";
import type {
  TPlanAction,
  TPlanGoal,
  TStartTrajectory,
  TTransitionTrajectory,
  TUpdatePlanAction,
  TUpdatePlanGoal,
} from "@/lib/trajectories/schemas";

async function memberOfTrajectory(trajectoryId: string): Promise<string> {
  const trajectory = await getDb().trajectory.findUnique({
    where: { id: trajectoryId },
    select: { memberId: true },
  });
  if (!trajectory) throw new AppError("NOT_FOUND");
  return trajectory.memberId;
}

export interface NewTrajectory {
  initiative: TrajectoryInitiative;
  referredDate: ISODate;
  goAheadDate: ISODate | null;
  /** Empty: the member's coordinator, else `fallbackCoordinatorId`. */
  coordinatorId: string | null;
  fallbackCoordinatorId: string | null;
}

/**
 * Opens a trajectory inside the caller's member-file transaction (changeMemberFile), with the checks every
 * way of starting one shares: dates not in the future, a recognised incapacity (V9) — the member's open
 * period, started on or before the referral — and no other open trajectory. Writes the REFERRED transition
 * and the audit row. `referredDateField` names the caller's form field that holds the referral date.
 */
export async function createTrajectory(
  tx: Db,
  context: MemberContext,
  memberId: string,
  input: NewTrajectory,
  referredDateField = "referredDate",
): Promise<{ id: string }> {
  const today = todayInBrussels();
  if (input.referredDate > today)
    throw new AppError("VALIDATION", { fieldErrors: { [referredDateField]: ["notInFuture"] } });
  if (input.goAheadDate && input.goAheadDate > today)
    throw new AppError("VALIDATION", { fieldErrors: { goAheadDate: ["notInFuture"] } });
  const period = await tx.incapacityPeriod.findFirst({
    where: { memberId, endDate: null },
    select: { id: true, startDate: true },
  });
  if (!period) throw new AppError("VALIDATION", { fieldErrors: { _form: ["trajectoryNeedsIncapacity"] } });
  if (input.referredDate < fromDbDate(period.startDate)) {
    throw new AppError("VALIDATION", { fieldErrors: { [referredDateField]: ["beforePeriodStart"] } });
  }
  const open = await tx.trajectory.findFirst({
    where: { memberId, status: { in: [...OPEN_STATUSES] } },
    select: { id: true },
  });
  if (open) throw new AppError("VALIDATION", { fieldErrors: { _form: ["trajectoryAlreadyOpen"] } });
  const coordinatorId =
    input.coordinatorId ||
    (await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: { coordinatorId: true } }))
      .coordinatorId ||
    input.fallbackCoordinatorId;
  const trajectory = await tx.trajectory.create({
    data: {
      memberId,
      periodId: period.id,
      initiative: input.initiative,
      status: "REFERRED",
      coordinatorId,
      referredDate: toDbDate(input.referredDate),
      goAheadDate: toDbDate(input.goAheadDate),
      createdById: context.actor.id,
      updatedById: context.actor.id,
      transitions: {
        create: { toStatus: "REFERRED", date: toDbDate(input.referredDate), createdById: context.actor.id },
      },
    },
    select: { id: true },
  });
  await audit(tx, context, {
    action: "CREATE",
    entity: "Trajectory",
    entityId: trajectory.id,
    memberId,
    changes: {
      status: { after: "REFERRED" },
      initiative: { after: input.initiative },
      referredDate: { after: input.referredDate },
      ...(input.goAheadDate ? { goAheadDate: { after: input.goAheadDate } } : {}),
    },
  });
  return trajectory;
}

/** A coordinator opens a trajectory (the member's own initiative, or the team's). */
export async function startTrajectory(
  input: TStartTrajectory,
  context: MemberContext,
): Promise<{ id: string }> {
  return changeMemberFile(context, input.memberId, (tx, member) =>
    createTrajectory(tx, context, member.id, {
      initiative: input.initiative,
      referredDate: input.referredDate,
      goAheadDate: input.goAheadDate || null,
      coordinatorId: input.coordinatorId || null,
      fallbackCoordinatorId: context.actor.id,
    }),
  );
}

/**
 * Moves a trajectory along its state machine. Only the fields the target status takes are checked and
 * written (rules.ts: transitionFields), and the transition is recorded under the date that status names
 * (DATE_FIELD_OF) — whatever else the request carries.
 */
export async function transitionTrajectory(
  input: TTransitionTrajectory,
  context: MemberContext,
): Promise<void> {
  const memberId = await memberOfTrajectory(input.trajectoryId);
  const fields = pickTransitionFields(input);
  await changeMemberFile(context, memberId, async (tx) => {
    const before = await tx.trajectory.findUniqueOrThrow({ where: { id: input.trajectoryId } });
    if (before.version !== input.version) throw new AppError("CONFLICT");
    const check = checkTransition(
      {
        status: before.status,
        referredDate: fromDbDate(before.referredDate),
        invitedDate: fromDbDate(before.invitedDate),
        firstContactDate: fromDbDate(before.firstContactDate),
      },
      fields,
      todayInBrussels(),
    );
    if (!check.ok) {
      throw check.code === "INVALID_TRANSITION"
        ? new AppError("INVALID_TRANSITION")
        : new AppError("VALIDATION", { fieldErrors: check.fieldErrors });
    }
    const date = transitionDateOf(fields);
    // checkTransition requires the date field of every status a transition can reach.
    if (!date) throw new Error(`transition to ${input.to} without its date`);
    const data: Record<string, string | null> = { status: input.to };
    for (const field of transitionFields(input.to)) data[field] = fields[field] || null;
    const dbData = Object.fromEntries(
      Object.entries(data).map(([key, value]) => [key, key.endsWith("Date") ? toDbDate(value) : value]),
    );
    const { count } = await tx.trajectory.updateMany({
      where: { id: input.trajectoryId, version: input.version },
      data: { ...dbData, updatedById: context.actor.id, version: { increment: 1 } },
    });
    await assertVersionedUpdate(count, async () => before);
    await tx.trajectoryTransition.create({
      data: {
        trajectoryId: input.trajectoryId,
        fromStatus: before.status,
        toStatus: input.to,
        date: toDbDate(date),
        note: fields.endNote || null,
        createdById: context.actor.id,
      },
    });
    await audit(tx, context, {
      action: "TRANSITION",
      entity: "Trajectory",
      entityId: input.trajectoryId,
      memberId,
      changes: diffChanges(before, data),
    });
  });
}

async function assertOpenTrajectory(tx: Db, trajectoryId: string): Promise<void> {
  const trajectory = await tx.trajectory.findUniqueOrThrow({
    where: { id: trajectoryId },
    select: { status: true },
  });
  if (!isOpen(trajectory.status)) {
    throw new AppError("VALIDATION", { fieldErrors: { _form: ["trajectoryNotOpen"] } });
  }
}

export async function addPlanGoal(input: TPlanGoal, context: MemberContext): Promise<{ id: string }> {
  const memberId = await memberOfTrajectory(input.trajectoryId);
  return changeMemberFile(context, memberId, async (tx) => {
    await assertOpenTrajectory(tx, input.trajectoryId);
    const position = await tx.planGoal.count({ where: { trajectoryId: input.trajectoryId } });
    const goal = await tx.planGoal.create({
      data: {
        trajectoryId: input.trajectoryId,
        description: input.description,
        targetDate: toDbDate(input.targetDate || null),
        position,
        createdById: context.actor.id,
        updatedById: context.actor.id,
      },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "CREATE",
      entity: "PlanItem",
      entityId: goal.id,
      memberId,
      changes: diffChanges(null, { description: input.description, targetDate: input.targetDate || null }),
    });
    return goal;
  });
}

export async function updatePlanGoal(input: TUpdatePlanGoal, context: MemberContext): Promise<void> {
  const goal = await getDb().planGoal.findUnique({
    where: { id: input.goalId },
    select: { trajectory: { select: { memberId: true } } },
  });
  if (!goal) throw new AppError("NOT_FOUND");
  const memberId = goal.trajectory.memberId;
  await changeMemberFile(context, memberId, async (tx) => {
    const before = await tx.planGoal.findUniqueOrThrow({ where: { id: input.goalId } });
    const data = {
      description: input.description,
      targetDate: input.targetDate || null,
      achievedDate: input.achievedDate || null,
    };
    const { count } = await tx.planGoal.updateMany({
      where: { id: input.goalId, version: input.version },
      data: {
        description: data.description,
        targetDate: toDbDate(data.targetDate),
        achievedDate: toDbDate(data.achievedDate),
        updatedById: context.actor.id,
        version: { increment: 1 },
      },
    });
    await assertVersionedUpdate(count, async () => before);
    await audit(tx, context, {
      action: "UPDATE",
      entity: "PlanItem",
      entityId: input.goalId,
      memberId,
      changes: diffChanges(before, data),
    });
  });
}

export async function addPlanAction(input: TPlanAction, context: MemberContext): Promise<{ id: string }> {
  const memberId = await memberOfTrajectory(input.trajectoryId);
  return changeMemberFile(context, memberId, async (tx) => {
    await assertOpenTrajectory(tx, input.trajectoryId);
    if (input.goalId) {
      const goal = await tx.planGoal.findUnique({
        where: { id: input.goalId },
        select: { trajectoryId: true },
      });
      if (goal?.trajectoryId !== input.trajectoryId)
        throw new AppError("VALIDATION", { fieldErrors: { goalId: ["invalidChoice"] } });
    }
    const data = {
      description: input.description,
      actor: input.actor || null,
      dueDate: input.dueDate || null,
      goalId: input.goalId || null,
    };
    const action = await tx.planAction.create({
      data: {
        ...data,
        trajectoryId: input.trajectoryId,
        dueDate: toDbDate(data.dueDate),
        createdById: context.actor.id,
        updatedById: context.actor.id,
      },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "CREATE",
      entity: "PlanItem",
      entityId: action.id,
      memberId,
      changes: diffChanges(null, data),
    });
    return action;
  });
}

export async function updatePlanAction(input: TUpdatePlanAction, context: MemberContext): Promise<void> {
  const action = await getDb().planAction.findUnique({
    where: { id: input.actionId },
    select: { trajectory: { select: { memberId: true } } },
  });
  if (!action) throw new AppError("NOT_FOUND");
  const memberId = action.trajectory.memberId;
  await changeMemberFile(context, memberId, async (tx) => {
    const before = await tx.planAction.findUniqueOrThrow({ where: { id: input.actionId } });
    const data = {
      description: input.description,
      actor: input.actor || null,
      dueDate: input.dueDate || null,
      doneDate: input.doneDate || null,
    };
    const { count } = await tx.planAction.updateMany({
      where: { id: input.actionId, version: input.version },
      data: {
        ...data,
        dueDate: toDbDate(data.dueDate),
        doneDate: toDbDate(data.doneDate),
        updatedById: context.actor.id,
        version: { increment: 1 },
      },
    });
    await assertVersionedUpdate(count, async () => before);
    await audit(tx, context, {
      action: "UPDATE",
      entity: "PlanItem",
      entityId: input.actionId,
      memberId,
      changes: diffChanges(before, data),
    });
  });
}
