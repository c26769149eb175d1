// Reads for the physician's screens of a member file: the medical section (physicians with a verified second
// factor only), the capacity assessments (coordinators see them without the medical notes) and the
// authorised-activity requests with their decision history. Every read is scoped by memberWhereForUser; out
// of scope → null (the page answers 404, ADR 005).
import "server-only";

import { ACTIVITY_SELECT, ACTIVITY_WITH_DECISIONS_SELECT } from "@/lib/activities/queries";
import { recordAudit } from "@/lib/audit/audit";
import { fromDbDate, type ISODate } from "@/lib/dates";
import { decimalOrNull, getDb, type Prisma } from "@/lib/db";
import { hasMedicalAccess, medicalSelect, type MedicalReader } from "@/lib/medical/access";
import { memberWhereForUser, type ScopedUser } from "@/lib/members/access";
import { findTeamCoordinators } from "@/lib/members/queries";
import { OPEN_STATUSES } from "@/lib/trajectories/rules";

type Reader = ScopedUser & MedicalReader;

async function memberInScope(user: ScopedUser, memberId: string) {
  return getDb().member.findFirst({
    where: { AND: [{ id: memberId }, memberWhereForUser(user)] },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      statute: true,
      language: true,
      teamId: true,
      coordinatorId: true,
    },
  });
}

export interface QuestionnaireView {
  id: string;
  sentDate: ISODate;
  dueDate: ISODate;
  returnedDate: ISODate | null;
  helpOfferedDate: ISODate | null;
  readAt: Date | null;
  readBy: string | null;
}

function questionnaireView(
  q: {
    id: string;
    sentDate: Date;
    dueDate: Date;
    returnedDate: Date | null;
    helpOfferedDate: Date | null;
    physicianReadAt: Date | null;
    physicianReadById: string | null;
  } | null,
  names: Map<string, string>,
): QuestionnaireView | null {
  if (!q) return null;
  return {
    id: q.id,
    sentDate: fromDbDate(q.sentDate),
    dueDate: fromDbDate(q.dueDate),
    returnedDate: fromDbDate(q.returnedDate),
    helpOfferedDate: fromDbDate(q.helpOfferedDate),
    readAt: q.physicianReadAt,
    readBy: q.physicianReadById ? (names.get(q.physicianReadById) ?? null) : null,
  };
}

const QUESTIONNAIRE_SELECT = {
  id: true,
  sentDate: true,
  dueDate: true,
  returnedDate: true,
  helpOfferedDate: true,
  physicianReadAt: true,
  physicianReadById: true,
} as const;

async function readerNames(ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const users = await getDb().user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name]));
}

/**
 * The medical section: diagnosis group, certificates' medical content, medical notes and the questionnaire of
 * every period. Null unless the user has medical access (physician, second factor passed) and the member is in
 * scope — the columns are not even selected otherwise.
 */
export async function getMedicalFile(user: Reader, memberId: string) {
  if (!hasMedicalAccess(user)) return null;
  const member = await memberInScope(user, memberId);
  if (!member) return null;
  const db = getDb();
  const periods = await db.incapacityPeriod.findMany({
    where: { memberId },
    orderBy: { startDate: "desc" },
    select: {
      id: true,
      version: true,
      startDate: true,
      endDate: true,
      endReason: true,
      relapseOfId: true,
      diagnosisGroup: true,
      certificateContent: true,
      questionnaire: { select: QUESTIONNAIRE_SELECT },
      assessments: {
        orderBy: [{ assessedDate: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          category: true,
          assessedDate: true,
          functionalLimitations: true,
          medicalNotes: true,
          nextReviewDate: true,
          physician: { select: { name: true } },
        },
      },
    },
  });
  const names = await readerNames(periods.map((p) => p.questionnaire?.physicianReadById));
  return {
    member,
    periods: periods.map((p) => ({
      id: p.id,
      version: p.version,
      startDate: fromDbDate(p.startDate),
      endDate: fromDbDate(p.endDate),
      endReason: p.endReason,
      continuesPrevious: p.relapseOfId !== null,
      diagnosisGroup: p.diagnosisGroup,
      certificateContent: p.certificateContent,
      questionnaire: questionnaireView(p.questionnaire, names),
      assessments: p.assessments.map((a) => ({
        id: a.id,
        category: a.category,
        assessedDate: fromDbDate(a.assessedDate),
        functionalLimitations: a.functionalLimitations,
        medicalNotes: a.medicalNotes,
        nextReviewDate: fromDbDate(a.nextReviewDate),
        physician: a.physician.name,
      })),
    })),
  };
}

export type MedicalFileView = NonNullable<Awaited<ReturnType<typeof getMedicalFile>>>;

/** Every opening of the medical section is audited (VIEW of MedicalFile). */
export async function recordMedicalView(user: ScopedUser, memberId: string, requestId?: string | null) {
  await recordAudit(getDb(), {
    actor: user,
    action: "VIEW",
    entity: "MedicalFile",
    entityId: memberId,
    memberId,
    requestId,
  });
}

/**
 * The capacity screen: the current (or last) period with its first-category deadline, the assessment
 * history, the questionnaire, the team's coordinators and any open trajectory. Medical notes only for a
 * reader with medical access; coordinators get the rest (category and functional limitations).
 */
export async function getCapacityScreen(user: Reader, memberId: string) {
  const member = await memberInScope(user, memberId);
  if (!member) return null;
  const withMedical = hasMedicalAccess(user);
  const db = getDb();
  const [periods, assessments, firstCategory, coordinators, trajectory] = await Promise.all([
    db.incapacityPeriod.findMany({
      where: { memberId },
      orderBy: [{ startDate: "desc" }],
      select: {
        id: true,
        startDate: true,
        endDate: true,
        episodeStartDate: true,
        questionnaire: { select: QUESTIONNAIRE_SELECT },
      },
    }),
    db.capacityAssessment.findMany({
      where: { memberId },
      orderBy: [{ assessedDate: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        periodId: true,
        category: true,
        assessedDate: true,
        functionalLimitations: true,
        nextReviewDate: true,
        ...medicalSelect("CapacityAssessment", withMedical),
        physician: { select: { name: true } },
      },
    }),
    db.deadline.findFirst({
      where: { memberId, rule: "FIRST_CATEGORY" },
      orderBy: { dueDate: "desc" },
      select: { dueDate: true, metDate: true, anchorDate: true, variant: true },
    }),
    findTeamCoordinators(member.teamId),
    db.trajectory.findFirst({
      where: { memberId, status: { in: [...OPEN_STATUSES] } },
      select: {
        id: true,
        status: true,
        initiative: true,
        goAheadDate: true,
        coordinator: { select: { name: true } },
      },
    }),
  ]);
  const current = periods.find((p) => !p.endDate) ?? periods[0] ?? null;
  const names = await readerNames(periods.map((p) => p.questionnaire?.physicianReadById));
  return {
    member,
    hasMedical: withMedical,
    period: current
      ? {
          id: current.id,
          startDate: fromDbDate(current.startDate),
          endDate: fromDbDate(current.endDate),
          episodeStart: fromDbDate(current.episodeStartDate ?? current.startDate),
          questionnaire: questionnaireView(current.questionnaire, names),
        }
      : null,
    firstCategory: firstCategory
      ? {
          dueDate: fromDbDate(firstCategory.dueDate),
          metDate: fromDbDate(firstCategory.metDate),
          anchorDate: fromDbDate(firstCategory.anchorDate),
          variant: firstCategory.variant,
        }
      : null,
    assessments: assessments.map((a) => ({
      id: a.id,
      periodId: a.periodId,
      category: a.category,
      assessedDate: fromDbDate(a.assessedDate),
      functionalLimitations: a.functionalLimitations,
      nextReviewDate: fromDbDate(a.nextReviewDate),
      physician: a.physician.name,
      ...(withMedical ? { medicalNotes: (a as { medicalNotes?: string | null }).medicalNotes ?? null } : {}),
    })),
    coordinators,
    trajectory: trajectory
      ? {
          id: trajectory.id,
          status: trajectory.status,
          initiative: trajectory.initiative,
          goAheadDate: fromDbDate(trajectory.goAheadDate),
          coordinator: trajectory.coordinator?.name ?? null,
        }
      : null,
  };
}

export type CapacityScreen = NonNullable<Awaited<ReturnType<typeof getCapacityScreen>>>;

function activityView(a: Prisma.AuthorisedActivityGetPayload<{ select: typeof ACTIVITY_SELECT }>) {
  return {
    id: a.id,
    version: a.version,
    memberId: a.memberId,
    status: a.status,
    requestReceivedDate: fromDbDate(a.requestReceivedDate),
    startDate: fromDbDate(a.startDate),
    natureOfWork: a.natureOfWork,
    requestedWeeklyHours: Number(a.requestedWeeklyHours),
    authorisedWeeklyHours: decimalOrNull(a.authorisedWeeklyHours),
    referenceWeeklyHours: Number(a.referenceWeeklyHours),
    employerCoSigned: a.employerCoSigned,
    decisionDate: fromDbDate(a.decisionDate),
    conditions: a.conditions,
    validUntil: fromDbDate(a.validUntil),
    nextReviewDate: fromDbDate(a.nextReviewDate),
    refusalReason: a.refusalReason,
    endDate: fromDbDate(a.endDate),
    endReason: a.endReason,
    employer: a.employer?.name ?? null,
    decider: a.decider?.name ?? null,
  };
}

/** The member's authorised-activity requests, newest first (coordinators and physicians alike). */
export async function findMemberActivities(user: ScopedUser, memberId: string) {
  const member = await memberInScope(user, memberId);
  if (!member) return null;
  const activities = await getDb().authorisedActivity.findMany({
    where: { memberId },
    orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
    select: ACTIVITY_SELECT,
  });
  return { member, activities: activities.map(activityView) };
}

/** One request with its decision history (oldest first), for the decision screen and the letter. */
export async function getActivityScreen(user: ScopedUser, memberId: string, activityId: string) {
  const member = await memberInScope(user, memberId);
  if (!member) return null;
  const activity = await getDb().authorisedActivity.findFirst({
    where: { id: activityId, memberId },
    select: ACTIVITY_WITH_DECISIONS_SELECT,
  });
  if (!activity) return null;
  return {
    member,
    activity: activityView(activity),
    decisions: activity.decisions.map((d) => ({
      id: d.id,
      kind: d.kind,
      decisionDate: fromDbDate(d.decisionDate),
      authorisedWeeklyHours: decimalOrNull(d.authorisedWeeklyHours),
      conditions: d.conditions,
      validUntil: fromDbDate(d.validUntil),
      nextReviewDate: fromDbDate(d.nextReviewDate),
      refusalReason: d.refusalReason,
      recordedAt: d.createdAt,
      physician: d.physician.name,
    })),
  };
}

export type ActivityScreen = NonNullable<Awaited<ReturnType<typeof getActivityScreen>>>;
