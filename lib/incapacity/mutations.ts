import "server-only";

import { diffChanges } from "@/lib/audit/audit";
import { audit } from "@/lib/audit/context";
import { can } from "@/lib/auth/permissions";
import { assertVersionedUpdate } from "@/lib/database/concurrency";
import { fromDbDate, toDbDate, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type {
  TEndPeriod,
  TQuestionnaireSent,
  TQuestionnaireUpdate,
  TRegisterPeriod,
  TUpdatePeriodMedical,
} from "@/lib/incapacity/schemas";
import type { MemberContext } from "@/lib/members/context";
import { changeMemberFile } from "@/lib/members/mutations";
import { proposeRelapseFor } from "@/lib/incapacity/queries";
import { questionnaireDueDate } from "@/lib/incapacity/rules";

function notInFuture(field: string, date: string | null | undefined) {
  if (date && date > todayInBrussels())
    throw new AppError("VALIDATION", { fieldErrors: { [field]: ["notInFuture"] } });
}

/**
 * Registers an incapacity period (V1, V2). When the relapse rule applies (V4) and the user accepted it, the
 * new period continues the previous one (relapseOfId), so phase and deadlines count from the first start.
 */
export async function registerPeriod(
  input: TRegisterPeriod,
  context: MemberContext,
): Promise<{ id: string }> {
  notInFuture("startDate", input.startDate);
  notInFuture("endDate", input.endDate);
  notInFuture("declarationDate", input.declarationDate);
  const isPhysician = can(context.actor, "medical.read");
  if (!isPhysician && (input.diagnosisGroup || input.certificateContent)) throw new AppError("FORBIDDEN");
  return changeMemberFile(context, input.memberId, async (tx, member) => {
    const open = await tx.incapacityPeriod.findFirst({
      where: { memberId: member.id, endDate: null },
      select: { id: true },
    });
    if (open) throw new AppError("VALIDATION", { fieldErrors: { startDate: ["periodAlreadyOpen"] } });
    const proposal = await proposeRelapseFor(tx, member.id, input.startDate);
    if (input.continuePrevious && !proposal?.verdict.isContinuation) {
      throw new AppError("VALIDATION", { fieldErrors: { continuePrevious: ["relapseNotApplicable"] } });
    }
    const data = {
      memberId: member.id,
      startDate: toDbDate(input.startDate),
      endDate: toDbDate(input.endDate || null),
      endReason: input.endReason || null,
      declarationDate: toDbDate(input.declarationDate || null),
      relapseOfId: input.continuePrevious ? proposal!.previous.id : null,
      diagnosisGroup: isPhysician ? input.diagnosisGroup || null : null,
      certificateContent: isPhysician ? input.certificateContent || null : null,
    };
    const period = await tx.incapacityPeriod.create({
      data: { ...data, createdById: context.actor.id, updatedById: context.actor.id },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "CREATE",
      entity: "IncapacityPeriod",
      entityId: period.id,
      memberId: member.id,
      changes: diffChanges(null, data, [
        "startDate",
        "endDate",
        "endReason",
        "declarationDate",
        "relapseOfId",
        "diagnosisGroup",
        "certificateContent",
      ]),
    });
    return period;
  });
}

const ACTIVITY_END_REASON: Record<string, "FULL_RETURN" | "CONTINUED_PART_TIME" | "OTHER"> = {
  FULL_RETURN: "FULL_RETURN",
  PART_TIME_CONTINUED: "CONTINUED_PART_TIME",
};

/** Ends an incapacity period; authorised activities that were running end with it (V19). */
export async function endPeriod(input: TEndPeriod, context: MemberContext): Promise<void> {
  notInFuture("endDate", input.endDate);
  const period = await getDb().incapacityPeriod.findUnique({
    where: { id: input.periodId },
    select: { memberId: true },
  });
  if (!period) throw new AppError("NOT_FOUND");
  await changeMemberFile(context, period.memberId, async (tx) => {
    const before = await tx.incapacityPeriod.findUniqueOrThrow({ where: { id: input.periodId } });
    if (input.endDate < fromDbDate(before.startDate))
      throw new AppError("VALIDATION", { fieldErrors: { endDate: ["endBeforeStart"] } });
    const data = { endDate: toDbDate(input.endDate), endReason: input.endReason };
    const { count } = await tx.incapacityPeriod.updateMany({
      where: { id: input.periodId, version: input.version },
      data: { ...data, updatedById: context.actor.id, version: { increment: 1 } },
    });
    await assertVersionedUpdate(count, async () => before);
    const running = await tx.authorisedActivity.findMany({
      where: { periodId: input.periodId, status: "AUTHORISED" },
      select: { id: true, startDate: true },
    });
    for (const activity of running) {
      const endDate =
        fromDbDate(activity.startDate) > input.endDate ? fromDbDate(activity.startDate) : input.endDate;
      await tx.authorisedActivity.update({
        where: { id: activity.id },
        data: {
          status: "ENDED",
          endDate: toDbDate(endDate),
          endReason: ACTIVITY_END_REASON[input.endReason] ?? "OTHER",
          version: { increment: 1 },
        },
      });
      await audit(tx, context, {
        action: "TRANSITION",
        entity: "AuthorisedActivity",
        entityId: activity.id,
        memberId: period.memberId,
        changes: { status: { before: "AUTHORISED", after: "ENDED" }, endDate: { after: endDate } },
      });
    }
    await audit(tx, context, {
      action: "UPDATE",
      entity: "IncapacityPeriod",
      entityId: input.periodId,
      memberId: period.memberId,
      changes: diffChanges(before, data, ["endDate", "endReason"]),
    });
  });
}

/** The medical part of a period: advising physicians only (V8). */
export async function updatePeriodMedical(
  input: TUpdatePeriodMedical,
  context: MemberContext,
): Promise<void> {
  if (!can(context.actor, "medical.read")) throw new AppError("FORBIDDEN");
  const period = await getDb().incapacityPeriod.findUnique({
    where: { id: input.periodId },
    select: { memberId: true },
  });
  if (!period) throw new AppError("NOT_FOUND");
  await changeMemberFile(context, period.memberId, async (tx) => {
    const before = await tx.incapacityPeriod.findUniqueOrThrow({ where: { id: input.periodId } });
    const data = {
      diagnosisGroup: input.diagnosisGroup || null,
      certificateContent: input.certificateContent || null,
    };
    const { count } = await tx.incapacityPeriod.updateMany({
      where: { id: input.periodId, version: input.version },
      data: { ...data, updatedById: context.actor.id, version: { increment: 1 } },
    });
    await assertVersionedUpdate(count, async () => before);
    await audit(tx, context, {
      action: "UPDATE",
      entity: "IncapacityPeriod",
      entityId: input.periodId,
      memberId: period.memberId,
      changes: diffChanges(before, data, ["diagnosisGroup", "certificateContent"]),
    });
  });
}

/** V7: the questionnaire is due back QUESTIONNAIRE_RETURN_DAYS after it was sent. */
export async function recordQuestionnaireSent(
  input: TQuestionnaireSent,
  context: MemberContext,
): Promise<{ id: string }> {
  notInFuture("sentDate", input.sentDate);
  const period = await getDb().incapacityPeriod.findUnique({
    where: { id: input.periodId },
    select: { memberId: true, startDate: true },
  });
  if (!period) throw new AppError("NOT_FOUND");
  if (input.sentDate < fromDbDate(period.startDate))
    throw new AppError("VALIDATION", { fieldErrors: { sentDate: ["beforePeriodStart"] } });
  return changeMemberFile(context, period.memberId, async (tx) => {
    if (await tx.questionnaire.findUnique({ where: { periodId: input.periodId }, select: { id: true } })) {
      throw new AppError("VALIDATION", { fieldErrors: { sentDate: ["questionnaireAlreadySent"] } });
    }
    const data = { sentDate: input.sentDate, dueDate: questionnaireDueDate(input.sentDate) };
    const questionnaire = await tx.questionnaire.create({
      data: {
        periodId: input.periodId,
        sentDate: toDbDate(data.sentDate),
        dueDate: toDbDate(data.dueDate),
        createdById: context.actor.id,
        updatedById: context.actor.id,
      },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "CREATE",
      entity: "Questionnaire",
      entityId: questionnaire.id,
      memberId: period.memberId,
      changes: diffChanges(null, data),
    });
    return questionnaire;
  });
}

/** Records the questionnaire's return and/or the help offered to fill it in. */
export async function updateQuestionnaire(
  input: TQuestionnaireUpdate,
  context: MemberContext,
): Promise<void> {
  notInFuture("returnedDate", input.returnedDate);
  notInFuture("helpOfferedDate", input.helpOfferedDate);
  const questionnaire = await getDb().questionnaire.findUnique({
    where: { id: input.questionnaireId },
    select: { period: { select: { memberId: true } } },
  });
  if (!questionnaire) throw new AppError("NOT_FOUND");
  const memberId = questionnaire.period.memberId;
  await changeMemberFile(context, memberId, async (tx) => {
    const before = await tx.questionnaire.findUniqueOrThrow({ where: { id: input.questionnaireId } });
    const sent = fromDbDate(before.sentDate);
    for (const field of ["returnedDate", "helpOfferedDate"] as const) {
      const value = input[field];
      if (value && value < sent)
        throw new AppError("VALIDATION", { fieldErrors: { [field]: ["beforeSent"] } });
    }
    const data = {
      returnedDate: toDbDate(input.returnedDate || null),
      helpOfferedDate: toDbDate(input.helpOfferedDate || null),
    };
    const { count } = await tx.questionnaire.updateMany({
      where: { id: input.questionnaireId, version: input.version },
      data: { ...data, updatedById: context.actor.id, version: { increment: 1 } },
    });
    await assertVersionedUpdate(count, async () => before);
    await audit(tx, context, {
      action: "UPDATE",
      entity: "Questionnaire",
      entityId: input.questionnaireId,
      memberId,
      changes: diffChanges(before, data, ["returnedDate", "helpOfferedDate"]),
    });
  });
}
