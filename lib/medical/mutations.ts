import "server-only";

import { audit } from "@/lib/audit/context";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TMarkQuestionnaireRead } from "@/lib/medical/schemas";
import type { MemberContext } from "@/lib/members/context";
import { changeMemberFile } from "@/lib/members/mutations";

/**
 * A physician marks a returned questionnaire as read: it leaves the "questionnaires back and unread" queue.
 * Only a returned questionnaire can be read; reading it twice keeps the first reader.
 */
export async function markQuestionnaireRead(
  input: TMarkQuestionnaireRead,
  context: MemberContext,
): Promise<void> {
  if (!can(context.actor, "capacity.assess")) throw new AppError("FORBIDDEN");
  const found = await getDb().questionnaire.findUnique({
    where: { id: input.questionnaireId },
    select: { period: { select: { memberId: true } } },
  });
  if (!found) throw new AppError("NOT_FOUND");
  await changeMemberFile(context, found.period.memberId, async (tx, member) => {
    const now = new Date();
    const { count } = await tx.questionnaire.updateMany({
      where: { id: input.questionnaireId, returnedDate: { not: null }, physicianReadAt: null },
      data: { physicianReadAt: now, physicianReadById: context.actor.id },
    });
    if (count !== 1) {
      const current = await tx.questionnaire.findUniqueOrThrow({
        where: { id: input.questionnaireId },
        select: { returnedDate: true },
      });
      if (!current.returnedDate)
        throw new AppError("VALIDATION", { fieldErrors: { _form: ["questionnaireNotReturned"] } });
      return; // already read by someone: nothing to change
    }
    await audit(tx, context, {
      action: "UPDATE",
      entity: "Questionnaire",
      entityId: input.questionnaireId,
      memberId: member.id,
      changes: { physicianReadAt: { after: now.toISOString() } },
    });
  });
}
