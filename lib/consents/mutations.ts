import "server-only";

import { diffChanges } from "@/lib/audit/audit";
import { audit } from "@/lib/audit/context";
import type { TRecordConsent, TWithdrawConsent } from "@/lib/consents/schemas";
import { assertVersionedUpdate } from "@/lib/database/concurrency";
import { fromDbDate, toDbDate, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { MemberContext } from "@/lib/members/context";
import { changeMemberFile } from "@/lib/members/mutations";

/** The member's consent to contact a third party for a purpose (V11). */
export async function recordConsent(input: TRecordConsent, context: MemberContext): Promise<{ id: string }> {
  if (input.givenDate > todayInBrussels())
    throw new AppError("VALIDATION", { fieldErrors: { givenDate: ["notInFuture"] } });
  const trajectory = await getDb().trajectory.findUnique({
    where: { id: input.trajectoryId },
    select: { memberId: true },
  });
  if (!trajectory) throw new AppError("NOT_FOUND");
  return changeMemberFile(context, trajectory.memberId, async (tx, member) => {
    const data = {
      party: input.party,
      partyName: input.partyName || null,
      purposeCode: input.purposeCode,
      // Words only for "other": a code's wording is the reader's language's, never the writer's.
      purpose: input.purposeCode === "OTHER" ? input.purpose : null,
      givenDate: input.givenDate,
    };
    const consent = await tx.consent.create({
      data: {
        ...data,
        givenDate: toDbDate(data.givenDate),
        trajectoryId: input.trajectoryId,
        memberId: member.id,
        createdById: context.actor.id,
        updatedById: context.actor.id,
      },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "CREATE",
      entity: "Consent",
      entityId: consent.id,
      memberId: member.id,
      changes: diffChanges(null, data),
    });
    return consent;
  });
}

export async function withdrawConsent(input: TWithdrawConsent, context: MemberContext): Promise<void> {
  if (input.withdrawnDate > todayInBrussels())
    throw new AppError("VALIDATION", { fieldErrors: { withdrawnDate: ["notInFuture"] } });
  const consent = await getDb().consent.findUnique({
    where: { id: input.consentId },
    select: { memberId: true },
  });
  if (!consent) throw new AppError("NOT_FOUND");
  await changeMemberFile(context, consent.memberId, async (tx) => {
    const before = await tx.consent.findUniqueOrThrow({ where: { id: input.consentId } });
    if (before.withdrawnDate)
      throw new AppError("VALIDATION", { fieldErrors: { withdrawnDate: ["alreadyWithdrawn"] } });
    if (input.withdrawnDate < fromDbDate(before.givenDate))
      throw new AppError("VALIDATION", { fieldErrors: { withdrawnDate: ["withdrawnBeforeGiven"] } });
    const { count } = await tx.consent.updateMany({
      where: { id: input.consentId, version: input.version },
      data: {
        withdrawnDate: toDbDate(input.withdrawnDate),
        updatedById: context.actor.id,
        version: { increment: 1 },
      },
    });
    await assertVersionedUpdate(count, async () => before);
    await audit(tx, context, {
      action: "UPDATE",
      entity: "Consent",
      entityId: input.consentId,
      memberId: consent.memberId,
      changes: { withdrawnDate: { before: null, after: input.withdrawnDate } },
    });
  });
}
