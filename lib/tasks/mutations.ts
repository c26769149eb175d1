import "server-only";

import { diffChanges } from "@/lib/audit/audit";
import { audit } from "@/lib/audit/context";
import { assertVersionedUpdate } from "@/lib/database/concurrency";
import { toDbDate, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { memberWhereForUser } from "@/lib/members/access";
import type { MemberContext } from "@/lib/members/context";
import type { TCompleteTask, TCreateTask } from "@/lib/tasks/schemas";

/** A manual task, for oneself or a colleague of the same team, optionally about a member in scope. */
export async function createTask(input: TCreateTask, context: MemberContext): Promise<{ id: string }> {
  const db = getDb();
  const assigneeId = input.assigneeId || context.actor.id;
  if (assigneeId !== context.actor.id) {
    const colleague = await db.user.findFirst({
      where: { id: assigneeId, teamId: context.actor.teamId ?? "", isActive: true },
      select: { id: true },
    });
    if (!colleague) throw new AppError("VALIDATION", { fieldErrors: { assigneeId: ["invalidChoice"] } });
  }
  if (input.memberId) {
    const member = await db.member.findFirst({
      where: { AND: [{ id: input.memberId }, memberWhereForUser(context.actor)] },
      select: { id: true },
    });
    if (!member) throw new AppError("NOT_FOUND");
  }
  return db.$transaction(async (tx) => {
    const data = {
      title: input.title,
      dueDate: input.dueDate,
      assigneeId,
      memberId: input.memberId || null,
      kind: "MANUAL" as const,
    };
    const task = await tx.task.create({
      data: {
        ...data,
        dueDate: toDbDate(data.dueDate),
        createdById: context.actor.id,
        updatedById: context.actor.id,
      },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "CREATE",
      entity: "Task",
      entityId: task.id,
      memberId: data.memberId,
      changes: diffChanges(null, data),
    });
    return task;
  });
}

/** Marks one's own task done (or not done again). */
export async function completeTask(input: TCompleteTask, context: MemberContext): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const before = await tx.task.findFirst({ where: { id: input.taskId, assigneeId: context.actor.id } });
    if (!before) throw new AppError("NOT_FOUND");
    const doneDate = input.done ? todayInBrussels() : null;
    const { count } = await tx.task.updateMany({
      where: { id: input.taskId, version: input.version },
      data: { doneDate: toDbDate(doneDate), updatedById: context.actor.id, version: { increment: 1 } },
    });
    await assertVersionedUpdate(count, async () => before);
    await audit(tx, context, {
      action: "UPDATE",
      entity: "Task",
      entityId: input.taskId,
      memberId: before.memberId,
      changes: diffChanges(before, { doneDate }),
    });
  });
}
