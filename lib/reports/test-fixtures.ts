// Test support (database tests and Playwright), not used by the application: small, hand-made files of
// members, periods, activities, trajectories, deadlines … written straight into the tables so that a test
// controls every date that a report counts. Expected values are computed by hand in the tests.
import { randomInt } from "node:crypto";

import { brusselsLocalToInstant, toDbDate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import type {
  ActivityStatus,
  AdjustmentRefusalReason,
  AdjustmentStatus,
  AdjustmentType,
  DeadlineOwner,
  DeadlineRule,
  DiagnosisGroup,
  IncapacityEndReason,
  ReferralStatus,
  ReferralTarget,
  Sex,
  StopReason,
  TrajectoryOutcome,
  TrajectoryStatus,
} from "@/lib/generated/prisma/enums";

const d = (date: string) => toDbDate(date);
const optional = (date: string | null | undefined) => (date ? toDbDate(date) : null);

let sequence = 0;
/** An 11-digit national register number with a valid mod-97 check (births before 2000). */
function uniqueInsz(): string {
  sequence = (sequence + 1) % 1000;
  const base = `${String(randomInt(100000, 999999)).padStart(6, "0")}${String(sequence).padStart(3, "0")}`;
  const check = 97 - (Number(base) % 97);
  return `${base}${String(check).padStart(2, "0")}`;
}

export async function addMember(options: {
  teamId: string;
  sex: Sex;
  birthDate: string;
  coordinatorId?: string | null;
  region?: "FLANDERS" | "WALLONIA" | "BRUSSELS" | "GERMAN_SPEAKING" | "ABROAD";
  name?: string;
}): Promise<string> {
  const name = options.name ?? `Member ${uniqueInsz()}`;
  const member = await getDb().member.create({
    data: {
      insz: uniqueInsz(),
      firstName: name.split(" ")[0] ?? name,
      lastName: name.split(" ").slice(1).join(" ") || name,
      searchName: name.toLowerCase(),
      birthDate: d(options.birthDate),
      sex: options.sex,
      language: "nl",
      region: options.region ?? "FLANDERS",
      postalCode: "9000",
      statute: "EMPLOYEE",
      referenceWeeklyHours: 38,
      teamId: options.teamId,
      coordinatorId: options.coordinatorId ?? null,
    },
    select: { id: true },
  });
  return member.id;
}

export async function addPeriod(
  memberId: string,
  options: {
    start: string;
    end?: string | null;
    endReason?: IncapacityEndReason;
    diagnosis?: DiagnosisGroup | null;
  },
): Promise<string> {
  const period = await getDb().incapacityPeriod.create({
    data: {
      memberId,
      startDate: d(options.start),
      endDate: optional(options.end),
      endReason: options.end ? (options.endReason ?? "OTHER") : null,
      diagnosisGroup: options.diagnosis ?? null,
    },
    select: { id: true },
  });
  return period.id;
}

export async function addActivity(
  memberId: string,
  periodId: string,
  options: {
    status: ActivityStatus;
    start: string;
    end?: string | null;
    hours: number;
    reference?: number;
    deciderId: string;
  },
): Promise<string> {
  const decided = options.status !== "PENDING" && options.status !== "WITHDRAWN";
  const authorised = options.status === "AUTHORISED" || options.status === "ENDED";
  const activity = await getDb().authorisedActivity.create({
    data: {
      memberId,
      periodId,
      requestReceivedDate: d(options.start),
      startDate: d(options.start),
      natureOfWork: "Administrative work",
      requestedWeeklyHours: options.hours,
      authorisedWeeklyHours: authorised ? options.hours : null,
      referenceWeeklyHours: options.reference ?? 38,
      employerCoSigned: true,
      status: options.status,
      decisionDate: decided ? d(options.start) : null,
      deciderId: decided ? options.deciderId : null,
      validUntil: authorised ? d(`${Number(options.start.slice(0, 4)) + 1}${options.start.slice(4)}`) : null,
      endDate: options.status === "ENDED" ? optional(options.end) : null,
      endReason: options.status === "ENDED" ? "FULL_RETURN" : null,
    },
    select: { id: true },
  });
  return activity.id;
}

export async function addQuestionnaire(
  periodId: string,
  options: { sent: string; returned?: string | null },
) {
  const sent = d(options.sent);
  await getDb().questionnaire.create({
    data: {
      periodId,
      sentDate: sent,
      dueDate: new Date(sent.getTime() + 14 * 86_400_000),
      returnedDate: optional(options.returned),
    },
  });
}

export async function addAssessment(
  memberId: string,
  periodId: string,
  options: { date: string; category: 1 | 2 | 3 | 4; physicianId: string },
) {
  await getDb().capacityAssessment.create({
    data: {
      memberId,
      periodId,
      category: options.category,
      assessedDate: d(options.date),
      functionalLimitations: "Can work seated for half days.",
      physicianId: options.physicianId,
    },
  });
}

export async function addTrajectory(
  memberId: string,
  periodId: string,
  options: {
    status: TrajectoryStatus;
    referred: string;
    invited?: string | null;
    firstContact?: string | null;
    /** The day its first plan goal was recorded (a goal created at noon, Brussels time, that day). */
    active?: string | null;
    end?: string | null;
    stopReason?: StopReason | null;
    outcome?: TrajectoryOutcome | null;
  },
): Promise<string> {
  const trajectory = await getDb().trajectory.create({
    data: {
      memberId,
      periodId,
      initiative: "TEAM",
      status: options.status,
      referredDate: d(options.referred),
      invitedDate: optional(options.invited),
      firstContactDate: optional(options.firstContact),
      endDate: optional(options.end),
      stopReason: options.stopReason ?? null,
      outcome: options.outcome ?? null,
    },
    select: { id: true },
  });
  if (options.active) await addPlanGoal(trajectory.id, brusselsLocalToInstant(`${options.active}T12:00`));
  return trajectory.id;
}

/** A plan goal recorded at the given instant: the funnel's "active" stage starts on its Brussels day. */
export async function addPlanGoal(trajectoryId: string, createdAt: Date) {
  await getDb().planGoal.create({
    data: { trajectoryId, description: "Back to work part-time", createdAt, updatedAt: createdAt },
  });
}

export async function addReferral(
  trajectoryId: string,
  memberId: string,
  options: {
    target: ReferralTarget;
    sent: string;
    expected?: string;
    status: ReferralStatus;
    response?: string | null;
  },
) {
  const sent = d(options.sent);
  await getDb().referral.create({
    data: {
      trajectoryId,
      memberId,
      target: options.target,
      sentDate: sent,
      expectedResponseDate: options.expected
        ? d(options.expected)
        : new Date(sent.getTime() + 30 * 86_400_000),
      status: options.status,
      responseDate: optional(options.response),
    },
  });
}

export async function addAdjustment(
  trajectoryId: string,
  memberId: string,
  options: {
    type: AdjustmentType;
    requested: string;
    status: AdjustmentStatus;
    decided?: string | null;
    refusalReason?: AdjustmentRefusalReason | null;
  },
) {
  await getDb().workAdjustment.create({
    data: {
      trajectoryId,
      memberId,
      type: options.type,
      description: "Adjustment",
      requestedDate: d(options.requested),
      status: options.status,
      decidedDate: optional(options.decided),
      refusalReason: options.refusalReason ?? null,
    },
  });
}

export async function addDeadline(
  memberId: string,
  options: {
    rule: DeadlineRule;
    owner: DeadlineOwner;
    subjectId: string;
    due: string;
    met?: string | null;
    cycle?: number;
  },
) {
  await getDb().deadline.create({
    data: {
      memberId,
      rule: options.rule,
      owner: options.owner,
      subjectId: options.subjectId,
      cycle: options.cycle ?? 0,
      regime: "TNW_2022",
      dueDate: d(options.due),
      metDate: optional(options.met),
      anchorDate: d(options.due),
    },
  });
}

export async function addContact(memberId: string, authorId: string, occurredAt: string) {
  await getDb().contact.create({
    data: {
      memberId,
      authorId,
      occurredAt: new Date(occurredAt),
      channel: "PHONE",
      party: "MEMBER",
      summary: "Follow-up call.",
    },
  });
}

export async function addTask(
  memberId: string,
  assigneeId: string,
  options: { due: string; done?: string | null },
) {
  await getDb().task.create({
    data: {
      memberId,
      assigneeId,
      kind: "MANUAL",
      title: "Call back",
      dueDate: d(options.due),
      doneDate: optional(options.done),
    },
  });
}
