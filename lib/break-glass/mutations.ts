import "server-only";

import { audit, type MutationContext } from "@/lib/audit/context";
import { can } from "@/lib/auth/permissions";
import { addDays, brusselsMidnight, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TBreakGlass } from "@/lib/break-glass/schemas";
import type { ScopedUser } from "@/lib/members/access";

/** Access opened with a purpose lasts until the end of the day (Brussels), then must be stated again. */
export function breakGlassExpiry(now: Date = new Date()): Date {
  return brusselsMidnight(addDays(todayInBrussels(now), 1));
}

/**
 * Opens a member outside the user's own scope for the rest of the day, with the stated purpose recorded on
 * the access row and in the audit trail (action BREAK_GLASS). Managers see these in the access report.
 */
export async function openWithPurpose(
  input: TBreakGlass,
  context: MutationContext & { actor: ScopedUser },
): Promise<void> {
  if (!can(context.actor, "breakGlass.use")) throw new AppError("FORBIDDEN");
  await getDb().$transaction(async (tx) => {
    const member = await tx.member.findUnique({ where: { id: input.memberId }, select: { id: true } });
    if (!member) throw new AppError("NOT_FOUND");
    const now = new Date();
    const access = await tx.breakGlassAccess.create({
      data: {
        userId: context.actor.id,
        memberId: member.id,
        purpose: input.purpose,
        createdAt: now,
        expiresAt: breakGlassExpiry(now),
      },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "BREAK_GLASS",
      entity: "Member",
      entityId: member.id,
      memberId: member.id,
      purpose: input.purpose,
      changes: { accessId: access.id },
    });
  });
}
