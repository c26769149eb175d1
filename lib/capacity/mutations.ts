import "server-only";

import { diffChanges } from "@/lib/audit/audit";
import { audit } from "@/lib/audit/context";
import { can } from "@/lib/auth/permissions";
import { fromDbDate, toDbDate, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TAssessCapacity } from "@/lib/capacity/schemas";
import type { MemberContext } from "@/lib/members/context";
import { changeMemberFile } from "@/lib/members/mutations";

/**
 * A physician's residual-capacity assessment (V8: physicians only). When the physician hands the member to
 * a coordinator (category 4, or their judgement), a trajectory is opened on the physician's initiative with the
 * go-ahead date, which starts the coordinator's one-month first-contact deadline (V10).
 */
export async function assessCapacity(
  input: TAssessCapacity,
  context: MemberContext,
): Promise<{ id: string; trajectoryId: string | null }> {
  if (!can(context.actor, "capacity.assess")) throw new AppError("FORBIDDEN");
  const today = todayInBrussels();
  for (const field of ["assessedDate", "goAheadDate"] as const) {
    if (input[field] && input[field]! > today)
      throw new AppError("VALIDATION", { fieldErrors: { [field]: ["notInFuture"] } });
  }
  const period = await getDb().incapacityPeriod.findUnique({
    where: { id: input.periodId },
    select: { memberId: true, startDate: true },
  });
  if (!period) throw new AppError("NOT_FOUND");
  if (input.assessedDate < fromDbDate(period.startDate)) {
    throw new AppError("VALIDATION", { fieldErrors: { assessedDate: ["beforePeriodStart"] } });
  }
  return changeMemberFile(context, period.memberId, async (tx, member) => {
    const data = {
      category: input.category,
      assessedDate: input.assessedDate,
      functionalLimitations: input.functionalLimitations,
      medicalNotes: input.medicalNotes || null,
      nextReviewDate: input.nextReviewDate || null,
    };
    const assessment = await tx.capacityAssessment.create({
      data: {
        ...data,
        assessedDate: toDbDate(data.assessedDate),
        nextReviewDate: toDbDate(data.nextReviewDate),
        periodId: input.periodId,
        memberId: member.id,
        physicianId: context.actor.id,
        createdById: context.actor.id,
        updatedById: context.actor.id,
      },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "CREATE",
      entity: "CapacityAssessment",
      entityId: assessment.id,
      memberId: member.id,
      changes: diffChanges(null, data),
    });

    let trajectoryId: string | null = null;
    if (input.referToCoordinator && input.goAheadDate) {
      const open = await tx.trajectory.findFirst({
        where: { memberId: member.id, status: { in: ["REFERRED", "INVITED", "ACTIVE"] } },
        select: { id: true, goAheadDate: true },
      });
      const coordinatorId =
        input.coordinatorId ||
        (await tx.member.findUniqueOrThrow({ where: { id: member.id }, select: { coordinatorId: true } }))
          .coordinatorId;
      if (open) {
        // Already in a trajectory (e.g. the member's own initiative): record the go-ahead on it.
        trajectoryId = open.id;
        if (!open.goAheadDate) {
          await tx.trajectory.update({
            where: { id: open.id },
            data: { goAheadDate: toDbDate(input.goAheadDate), version: { increment: 1 } },
          });
          await audit(tx, context, {
            action: "UPDATE",
            entity: "Trajectory",
            entityId: open.id,
            memberId: member.id,
            changes: { goAheadDate: { after: input.goAheadDate } },
          });
        }
      } else {
        const trajectory = await tx.trajectory.create({
          data: {
            memberId: member.id,
            periodId: input.periodId,
            initiative: "ADVISING_PHYSICIAN",
            status: "REFERRED",
            coordinatorId,
            goAheadDate: toDbDate(input.goAheadDate),
            referredDate: toDbDate(input.goAheadDate),
            createdById: context.actor.id,
            updatedById: context.actor.id,
            transitions: {
              create: {
                toStatus: "REFERRED",
                date: toDbDate(input.goAheadDate),
                createdById: context.actor.id,
              },
            },
          },
          select: { id: true },
        });
        trajectoryId = trajectory.id;
        await audit(tx, context, {
          action: "CREATE",
          entity: "Trajectory",
          entityId: trajectory.id,
          memberId: member.id,
          changes: {
            status: { after: "REFERRED" },
            initiative: { after: "ADVISING_PHYSICIAN" },
            goAheadDate: { after: input.goAheadDate },
          },
        });
      }
    }
    return { id: assessment.id, trajectoryId };
  });
}
