import "server-only";

import { diffChanges } from "@/lib/audit/audit";
import { audit } from "@/lib/audit/context";
import { can } from "@/lib/auth/permissions";
import { assertVersionedUpdate } from "@/lib/database/concurrency";
import { fromDbDate, toDbDate, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TAssessCapacity } from "@/lib/capacity/schemas";
import type { MemberContext } from "@/lib/members/context";
import { changeMemberFile } from "@/lib/members/mutations";
import { createTrajectory } from "@/lib/trajectories/mutations";
import { OPEN_STATUSES } from "@/lib/trajectories/rules";

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
        where: { memberId: member.id, status: { in: [...OPEN_STATUSES] } },
        select: { id: true, goAheadDate: true, version: true },
      });
      if (open) {
        // Already in a trajectory (e.g. the member's own initiative): record the go-ahead on it. The physician
        // never saw this trajectory, so there is no version of theirs to compare: the update names the version
        // read just above, under the member lock of changeMemberFile, so a write that slipped in between
        // answers CONFLICT instead of being overwritten.
        trajectoryId = open.id;
        if (!open.goAheadDate) {
          const { count } = await tx.trajectory.updateMany({
            where: { id: open.id, version: open.version, goAheadDate: null },
            data: {
              goAheadDate: toDbDate(input.goAheadDate),
              updatedById: context.actor.id,
              version: { increment: 1 },
            },
          });
          await assertVersionedUpdate(count, async () => open);
          await audit(tx, context, {
            action: "UPDATE",
            entity: "Trajectory",
            entityId: open.id,
            memberId: member.id,
            changes: { goAheadDate: { before: null, after: input.goAheadDate } },
          });
        }
      } else {
        // The go-ahead is the referral, with the same checks as a coordinator's start: the trajectory belongs to
        // the member's open period (V9), even when the assessment is of an earlier one, and cannot predate it.
        const trajectory = await createTrajectory(
          tx,
          context,
          member.id,
          {
            initiative: "ADVISING_PHYSICIAN",
            referredDate: input.goAheadDate,
            goAheadDate: input.goAheadDate,
            coordinatorId: input.coordinatorId || null,
            fallbackCoordinatorId: null,
          },
          "goAheadDate",
        );
        trajectoryId = trajectory.id;
      }
    }
    return { id: assessment.id, trajectoryId };
  });
}
