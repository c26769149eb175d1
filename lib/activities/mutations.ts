import "server-only";

import { checkDecision, DECISION_RULES, decisionOutcome } from "@/lib/activities/rules";
import type { TDecideActivity, TEndActivity, TRequestActivity } from "@/lib/activities/schemas";
import { diffChanges } from "@/lib/audit/audit";
import { audit } from "@/lib/audit/context";
import { can } from "@/lib/auth/permissions";
import { assertVersionedUpdate } from "@/lib/database/concurrency";
import { fromDbDate, toDbDate, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { MemberContext } from "@/lib/members/context";
import { changeMemberFile } from "@/lib/members/mutations";

/**
 * The coordinator files the member's request for authorised activity. Its dates must lie inside an open
 * incapacity period (V19); lateness (V13) and the benefit effect (V17) follow from the dates and hours.
 */
export async function requestActivity(
  input: TRequestActivity,
  context: MemberContext,
): Promise<{ id: string }> {
  if (input.requestReceivedDate > todayInBrussels()) {
    throw new AppError("VALIDATION", { fieldErrors: { requestReceivedDate: ["notInFuture"] } });
  }
  return changeMemberFile(context, input.memberId, async (tx, member) => {
    const period = await tx.incapacityPeriod.findFirst({
      where: { memberId: member.id, endDate: null },
      select: { id: true, startDate: true },
    });
    if (!period)
      throw new AppError("VALIDATION", { fieldErrors: { startDate: ["activityNeedsOpenPeriod"] } });
    if (input.startDate < fromDbDate(period.startDate))
      throw new AppError("VALIDATION", { fieldErrors: { startDate: ["beforePeriodStart"] } });
    const pending = await tx.authorisedActivity.count({ where: { memberId: member.id, status: "PENDING" } });
    if (pending) throw new AppError("VALIDATION", { fieldErrors: { _form: ["activityAlreadyPending"] } });
    const details = await tx.member.findUniqueOrThrow({
      where: { id: member.id },
      select: { employerId: true },
    });
    const trajectory = await tx.trajectory.findFirst({
      where: { memberId: member.id, status: { in: ["REFERRED", "INVITED", "ACTIVE"] } },
      select: { id: true },
    });
    const data = {
      requestReceivedDate: input.requestReceivedDate,
      startDate: input.startDate,
      natureOfWork: input.natureOfWork,
      requestedWeeklyHours: input.requestedWeeklyHours,
      referenceWeeklyHours: input.referenceWeeklyHours,
      employerCoSigned: input.employerCoSigned,
      employerId: input.employerId || details.employerId,
      trajectoryId: input.trajectoryId || trajectory?.id || null,
      status: "PENDING" as const,
    };
    const activity = await tx.authorisedActivity.create({
      data: {
        ...data,
        requestReceivedDate: toDbDate(data.requestReceivedDate),
        startDate: toDbDate(data.startDate),
        memberId: member.id,
        periodId: period.id,
        createdById: context.actor.id,
        updatedById: context.actor.id,
      },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "CREATE",
      entity: "AuthorisedActivity",
      entityId: activity.id,
      memberId: member.id,
      changes: diffChanges(null, data),
    });
    return activity;
  });
}

/**
 * The physician's decision (V8: physicians only): authorise, authorise fewer hours, refuse, renew or review.
 * Every decision is kept in the history; the activity shows the latest.
 */
export async function decideActivity(input: TDecideActivity, context: MemberContext): Promise<void> {
  if (!can(context.actor, "activity.decide")) throw new AppError("FORBIDDEN");
  const activity = await getDb().authorisedActivity.findUnique({
    where: { id: input.activityId },
    select: { memberId: true },
  });
  if (!activity) throw new AppError("NOT_FOUND");
  await changeMemberFile(context, activity.memberId, async (tx, member) => {
    const before = await tx.authorisedActivity.findUniqueOrThrow({ where: { id: input.activityId } });
    if (before.version !== input.version) throw new AppError("CONFLICT");
    // Each kind answers one status only (DECISION_RULES): a first decision a pending request, a follow-up a grant.
    if (DECISION_RULES[input.kind].answers !== before.status) throw new AppError("INVALID_TRANSITION");
    const decision = {
      kind: input.kind,
      decisionDate: input.decisionDate,
      authorisedWeeklyHours: input.authorisedWeeklyHours ?? null,
      validUntil: input.validUntil || null,
      nextReviewDate: input.nextReviewDate || null,
      conditions: input.conditions || null,
      refusalReason: input.refusalReason || null,
    };
    // The fields a kind does not take are refused, not dropped: a review cannot extend a grant or change its hours.
    const errors = checkDecision(
      {
        startDate: fromDbDate(before.startDate),
        requestReceivedDate: fromDbDate(before.requestReceivedDate),
        requestedWeeklyHours: Number(before.requestedWeeklyHours),
        referenceWeeklyHours: Number(before.referenceWeeklyHours),
        statute: member.statute,
      },
      decision,
      todayInBrussels(),
    );
    if (Object.keys(errors).length) throw new AppError("VALIDATION", { fieldErrors: errors });
    const data = {
      decisionDate: input.decisionDate,
      ...decisionOutcome(
        {
          requestedWeeklyHours: Number(before.requestedWeeklyHours),
          authorisedWeeklyHours:
            before.authorisedWeeklyHours === null ? null : Number(before.authorisedWeeklyHours),
          validUntil: fromDbDate(before.validUntil),
          conditions: before.conditions,
        },
        decision,
      ),
    };
    const { count } = await tx.authorisedActivity.updateMany({
      where: { id: input.activityId, version: input.version },
      data: {
        ...data,
        decisionDate: toDbDate(data.decisionDate),
        validUntil: toDbDate(data.validUntil),
        nextReviewDate: toDbDate(data.nextReviewDate),
        deciderId: context.actor.id,
        updatedById: context.actor.id,
        version: { increment: 1 },
      },
    });
    await assertVersionedUpdate(count, async () => before);
    await tx.authorisedActivityDecision.create({
      data: {
        activityId: input.activityId,
        kind: input.kind,
        decisionDate: toDbDate(input.decisionDate),
        physicianId: context.actor.id,
        authorisedWeeklyHours: data.authorisedWeeklyHours,
        conditions: data.conditions,
        validUntil: toDbDate(data.validUntil),
        nextReviewDate: toDbDate(data.nextReviewDate),
        refusalReason: data.refusalReason,
      },
    });
    await audit(tx, context, {
      action: "TRANSITION",
      entity: "AuthorisedActivity",
      entityId: input.activityId,
      memberId: member.id,
      purpose: input.kind,
      changes: diffChanges(before, data),
    });
  });
}

/** The actual last day of an authorised activity, and why it ended. */
export async function endActivity(input: TEndActivity, context: MemberContext): Promise<void> {
  if (input.endDate > todayInBrussels())
    throw new AppError("VALIDATION", { fieldErrors: { endDate: ["notInFuture"] } });
  const activity = await getDb().authorisedActivity.findUnique({
    where: { id: input.activityId },
    select: { memberId: true },
  });
  if (!activity) throw new AppError("NOT_FOUND");
  await changeMemberFile(context, activity.memberId, async (tx) => {
    const before = await tx.authorisedActivity.findUniqueOrThrow({ where: { id: input.activityId } });
    if (before.status !== "AUTHORISED") throw new AppError("INVALID_TRANSITION");
    if (input.endDate < fromDbDate(before.startDate))
      throw new AppError("VALIDATION", { fieldErrors: { endDate: ["endBeforeStart"] } });
    const data = { status: "ENDED" as const, endDate: input.endDate, endReason: input.endReason };
    const { count } = await tx.authorisedActivity.updateMany({
      where: { id: input.activityId, version: input.version },
      data: {
        ...data,
        endDate: toDbDate(data.endDate),
        updatedById: context.actor.id,
        version: { increment: 1 },
      },
    });
    await assertVersionedUpdate(count, async () => before);
    await audit(tx, context, {
      action: "TRANSITION",
      entity: "AuthorisedActivity",
      entityId: input.activityId,
      memberId: activity.memberId,
      changes: diffChanges(before, data),
    });
  });
}

/** A request the member withdraws before the physician decided. */
export async function withdrawActivity(
  input: { activityId: string; version: number },
  context: MemberContext,
): Promise<void> {
  const activity = await getDb().authorisedActivity.findUnique({
    where: { id: input.activityId },
    select: { memberId: true },
  });
  if (!activity) throw new AppError("NOT_FOUND");
  await changeMemberFile(context, activity.memberId, async (tx) => {
    const before = await tx.authorisedActivity.findUniqueOrThrow({ where: { id: input.activityId } });
    if (before.status !== "PENDING") throw new AppError("INVALID_TRANSITION");
    const { count } = await tx.authorisedActivity.updateMany({
      where: { id: input.activityId, version: input.version },
      data: { status: "WITHDRAWN", updatedById: context.actor.id, version: { increment: 1 } },
    });
    await assertVersionedUpdate(count, async () => before);
    await audit(tx, context, {
      action: "TRANSITION",
      entity: "AuthorisedActivity",
      entityId: input.activityId,
      memberId: activity.memberId,
      changes: { status: { before: "PENDING", after: "WITHDRAWN" } },
    });
  });
}
