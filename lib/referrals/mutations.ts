import "server-only";

import { diffChanges } from "@/lib/audit/audit";
import { audit } from "@/lib/audit/context";
import { loadConsents } from "@/lib/consents/queries";
import { hasValidConsent, REFERRAL_TARGET_CONSENT } from "@/lib/consents/rules";
import { assertVersionedUpdate } from "@/lib/database/concurrency";
import { addDays, fromDbDate, toDbDate, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { MemberContext } from "@/lib/members/context";
import { changeMemberFile } from "@/lib/members/mutations";
import type { TCreateReferral, TUpdateReferral } from "@/lib/referrals/schemas";

/** A referral to a third party, only with the member's valid consent for that party (V11). */
export async function createReferral(
  input: TCreateReferral,
  context: MemberContext,
): Promise<{ id: string }> {
  if (input.sentDate > todayInBrussels())
    throw new AppError("VALIDATION", { fieldErrors: { sentDate: ["notInFuture"] } });
  const trajectory = await getDb().trajectory.findUnique({
    where: { id: input.trajectoryId },
    select: { memberId: true },
  });
  if (!trajectory) throw new AppError("NOT_FOUND");
  return changeMemberFile(context, trajectory.memberId, async (tx, member) => {
    const { status } = await tx.trajectory.findUniqueOrThrow({
      where: { id: input.trajectoryId },
      select: { status: true },
    });
    if (status !== "ACTIVE")
      throw new AppError("VALIDATION", { fieldErrors: { _form: ["referralNeedsActiveTrajectory"] } });
    const party = REFERRAL_TARGET_CONSENT[input.target];
    if (party && !hasValidConsent(await loadConsents(tx, member.id), party, input.sentDate)) {
      throw new AppError("VALIDATION", {
        messageKey: "consentRequired",
        fieldErrors: { target: ["consentRequired"] },
      });
    }
    const expected = input.expectedResponseDate || addDays(input.sentDate, getEnv().REFERRAL_RESPONSE_DAYS);
    if (expected < input.sentDate)
      throw new AppError("VALIDATION", { fieldErrors: { expectedResponseDate: ["beforeSent"] } });
    const data = {
      target: input.target,
      organisation: input.organisation || null,
      sentDate: input.sentDate,
      expectedResponseDate: expected,
      status: "SENT" as const,
    };
    const referral = await tx.referral.create({
      data: {
        ...data,
        sentDate: toDbDate(data.sentDate),
        expectedResponseDate: toDbDate(data.expectedResponseDate),
        trajectoryId: input.trajectoryId,
        memberId: member.id,
        createdById: context.actor.id,
        updatedById: context.actor.id,
      },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "CREATE",
      entity: "Referral",
      entityId: referral.id,
      memberId: member.id,
      changes: diffChanges(null, data),
    });
    return referral;
  });
}

/** The answer to a referral: accepted, declined, completed, or cancelled by us. */
export async function updateReferral(input: TUpdateReferral, context: MemberContext): Promise<void> {
  if (input.responseDate && input.responseDate > todayInBrussels())
    throw new AppError("VALIDATION", { fieldErrors: { responseDate: ["notInFuture"] } });
  const referral = await getDb().referral.findUnique({
    where: { id: input.referralId },
    select: { memberId: true },
  });
  if (!referral) throw new AppError("NOT_FOUND");
  await changeMemberFile(context, referral.memberId, async (tx) => {
    const before = await tx.referral.findUniqueOrThrow({ where: { id: input.referralId } });
    if (input.responseDate && input.responseDate < fromDbDate(before.sentDate)) {
      throw new AppError("VALIDATION", { fieldErrors: { responseDate: ["beforeSent"] } });
    }
    const data = {
      status: input.status,
      responseDate: input.responseDate || null,
      outcomeNote: input.outcomeNote || null,
    };
    const { count } = await tx.referral.updateMany({
      where: { id: input.referralId, version: input.version },
      data: {
        ...data,
        responseDate: toDbDate(data.responseDate),
        updatedById: context.actor.id,
        version: { increment: 1 },
      },
    });
    await assertVersionedUpdate(count, async () => before);
    await audit(tx, context, {
      action: "UPDATE",
      entity: "Referral",
      entityId: input.referralId,
      memberId: referral.memberId,
      changes: diffChanges(before, data),
    });
  });
}
