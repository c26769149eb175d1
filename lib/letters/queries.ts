// The facts a decision letter needs, read for a user who may see the member (coordinators and physicians in
// scope). Nothing medical is selected: the letter says what was decided, never why medically.
import "server-only";

import { ACTIVITY_WITH_DECISIONS_SELECT } from "@/lib/activities/queries";
import { recordAudit } from "@/lib/audit/audit";
import { fromDbDate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import type { DecisionKind, LetterInput } from "@/lib/letters/content";
import { memberWhereForUser, type ScopedUser } from "@/lib/members/access";

/**
 * The letter of one decision on an activity (the latest when `decisionId` is not given), or null when the
 * member is out of scope, the activity is not theirs, or nothing was decided yet.
 */
export async function getLetterInput(
  user: ScopedUser,
  memberId: string,
  activityId: string,
  decisionId?: string | null,
): Promise<{ input: LetterInput; decisionId: string; decisionIds: string[] } | null> {
  const activity = await getDb().authorisedActivity.findFirst({
    where: { id: activityId, memberId, member: memberWhereForUser(user) },
    select: {
      id: true,
      requestReceivedDate: true,
      startDate: true,
      natureOfWork: true,
      requestedWeeklyHours: true,
      referenceWeeklyHours: true,
      employer: { select: { name: true } },
      member: {
        select: {
          firstName: true,
          lastName: true,
          insz: true,
          address: true,
          postalCode: true,
          municipality: true,
          statute: true,
          language: true,
          team: { select: { name: true } },
        },
      },
      decisions: ACTIVITY_WITH_DECISIONS_SELECT.decisions,
    },
  });
  if (!activity || !activity.decisions.length) return null;
  const decision = decisionId
    ? activity.decisions.find((d) => d.id === decisionId)
    : activity.decisions[activity.decisions.length - 1];
  if (!decision) return null;
  const { member } = activity;
  return {
    decisionId: decision.id,
    decisionIds: activity.decisions.map((d) => d.id),
    input: {
      member: {
        firstName: member.firstName,
        lastName: member.lastName,
        insz: member.insz,
        address: member.address,
        postalCode: member.postalCode,
        municipality: member.municipality,
        statute: member.statute,
        language: member.language,
      },
      sender: { teamName: member.team.name, physicianName: decision.physician.name },
      activity: {
        id: activity.id,
        requestReceivedDate: fromDbDate(activity.requestReceivedDate),
        startDate: fromDbDate(activity.startDate),
        natureOfWork: activity.natureOfWork,
        requestedWeeklyHours: Number(activity.requestedWeeklyHours),
        referenceWeeklyHours: Number(activity.referenceWeeklyHours),
        employerName: activity.employer?.name ?? null,
      },
      decision: {
        kind: decision.kind as DecisionKind,
        decisionDate: fromDbDate(decision.decisionDate),
        authorisedWeeklyHours:
          decision.authorisedWeeklyHours === null ? null : Number(decision.authorisedWeeklyHours),
        conditions: decision.conditions,
        validUntil: fromDbDate(decision.validUntil),
        nextReviewDate: fromDbDate(decision.nextReviewDate),
        refusalReason: decision.refusalReason,
      },
    },
  };
}

/** A letter taken out of Reprise (PDF download) is an export of the member's data: audited. */
export async function recordLetterExport(
  user: ScopedUser,
  memberId: string,
  activityId: string,
  details: { decisionId: string; language: string },
  requestId?: string | null,
): Promise<void> {
  await recordAudit(getDb(), {
    actor: user,
    action: "EXPORT",
    entity: "AuthorisedActivity",
    entityId: activityId,
    memberId,
    purpose: "decision-letter",
    changes: { decisionId: details.decisionId, language: details.language, format: "pdf" },
    requestId,
  });
}
