import "server-only";

import { diffChanges } from "@/lib/audit/audit";
import { audit } from "@/lib/audit/context";
import type { TDecideAdjustment, TRequestAdjustment } from "@/lib/adjustments/schemas";
import { loadConsents } from "@/lib/consents/queries";
import { hasValidConsent } from "@/lib/consents/rules";
import { assertVersionedUpdate } from "@/lib/database/concurrency";
import { fromDbDate, toDbDate, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { MemberContext } from "@/lib/members/context";
import { changeMemberFile } from "@/lib/members/mutations";

/** A work adjustment asked of the employer: talking to the employer needs the member's consent (V11). */
export async function requestAdjustment(
  input: TRequestAdjustment,
  context: MemberContext,
): Promise<{ id: string }> {
  if (input.requestedDate > todayInBrussels())
    throw new AppError("VALIDATION", { fieldErrors: { requestedDate: ["notInFuture"] } });
  const trajectory = await getDb().trajectory.findUnique({
    where: { id: input.trajectoryId },
    select: { memberId: true },
  });
  if (!trajectory) throw new AppError("NOT_FOUND");
  return changeMemberFile(context, trajectory.memberId, async (tx, member) => {
    if (!hasValidConsent(await loadConsents(tx, member.id), "EMPLOYER", input.requestedDate)) {
      throw new AppError("VALIDATION", {
        messageKey: "consentRequired",
        fieldErrors: { employerId: ["consentRequired"] },
      });
    }
    const employerId =
      input.employerId ||
      (await tx.member.findUniqueOrThrow({ where: { id: member.id }, select: { employerId: true } }))
        .employerId;
    const data = {
      type: input.type,
      description: input.description,
      requestedDate: input.requestedDate,
      employerId,
      status: "REQUESTED" as const,
    };
    const adjustment = await tx.workAdjustment.create({
      data: {
        ...data,
        requestedDate: toDbDate(data.requestedDate),
        trajectoryId: input.trajectoryId,
        memberId: member.id,
        createdById: context.actor.id,
        updatedById: context.actor.id,
      },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "CREATE",
      entity: "WorkAdjustment",
      entityId: adjustment.id,
      memberId: member.id,
      changes: diffChanges(null, data),
    });
    return adjustment;
  });
}

/** The employer's answer, with the refusal reason, whether an explanation was given, and the motivated report. */
export async function decideAdjustment(input: TDecideAdjustment, context: MemberContext): Promise<void> {
  const today = todayInBrussels();
  for (const field of ["decidedDate", "motivatedReportDate"] as const) {
    if (input[field] && input[field]! > today)
      throw new AppError("VALIDATION", { fieldErrors: { [field]: ["notInFuture"] } });
  }
  const adjustment = await getDb().workAdjustment.findUnique({
    where: { id: input.adjustmentId },
    select: { memberId: true },
  });
  if (!adjustment) throw new AppError("NOT_FOUND");
  await changeMemberFile(context, adjustment.memberId, async (tx) => {
    const before = await tx.workAdjustment.findUniqueOrThrow({ where: { id: input.adjustmentId } });
    if (input.decidedDate && input.decidedDate < fromDbDate(before.requestedDate)) {
      throw new AppError("VALIDATION", { fieldErrors: { decidedDate: ["decidedBeforeRequested"] } });
    }
    const data = {
      status: input.status,
      decidedDate: input.decidedDate || null,
      refusalReason: input.refusalReason || null,
      explanationGiven: input.explanationGiven === "" ? null : input.explanationGiven === "yes",
      motivatedReportDate: input.motivatedReportDate || null,
    };
    const { count } = await tx.workAdjustment.updateMany({
      where: { id: input.adjustmentId, version: input.version },
      data: {
        ...data,
        decidedDate: toDbDate(data.decidedDate),
        motivatedReportDate: toDbDate(data.motivatedReportDate),
        updatedById: context.actor.id,
        version: { increment: 1 },
      },
    });
    await assertVersionedUpdate(count, async () => before);
    await audit(tx, context, {
      action: "UPDATE",
      entity: "WorkAdjustment",
      entityId: input.adjustmentId,
      memberId: adjustment.memberId,
      changes: diffChanges(before, data),
    });
  });
}
