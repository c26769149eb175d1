// A member's whole file and its history in one call, for the member-file screens: periods, questionnaire,
// assessments (medical notes for physicians only), trajectory transitions and plan, consents, contacts,
// referrals, adjustments, authorised activities with their decisions, tasks, reassignments — plus every
// deadline the engine derives, with its status and reason. Out of scope → null (the page answers 404).
import "server-only";

import { ACTIVITY_WITH_DECISIONS_SELECT } from "@/lib/activities/queries";
import { dateInBrussels, fromDbDate, instantToBrusselsLocal, type ISODate } from "@/lib/dates";
import { decimalOrNull, getDb } from "@/lib/db";
import { loadMemberFile } from "@/lib/deadlines/refresh";
import { reasonFor, type ReasonLocale } from "@/lib/deadlines/reasons";
import { computeDeadlines, withStatus, type DeadlineWithStatus } from "@/lib/deadlines/rules";
import { hasMedicalAccess, medicalSelect } from "@/lib/medical/access";
import { memberWhereForUser, type ScopedUser } from "@/lib/members/access";

async function loadSections(memberId: string, withMedical: boolean) {
  const db = getDb();
  const [
    periods,
    assessments,
    trajectories,
    consents,
    contacts,
    referrals,
    adjustments,
    activities,
    tasks,
    reassignments,
  ] = await Promise.all([
    db.incapacityPeriod.findMany({
      where: { memberId },
      orderBy: { startDate: "asc" },
      select: {
        id: true,
        version: true,
        startDate: true,
        endDate: true,
        endReason: true,
        episodeStartDate: true,
        declarationDate: true,
        relapseOfId: true,
        // Medical columns are selected for advising physicians only (DOMAIN.md, medical secrecy).
        ...medicalSelect("IncapacityPeriod", withMedical),
        questionnaire: {
          select: {
            id: true,
            version: true,
            sentDate: true,
            dueDate: true,
            returnedDate: true,
            helpOfferedDate: true,
          },
        },
      },
    }),
    db.capacityAssessment.findMany({
      where: { memberId },
      orderBy: [{ assessedDate: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        periodId: true,
        category: true,
        assessedDate: true,
        functionalLimitations: true,
        nextReviewDate: true,
        ...medicalSelect("CapacityAssessment", withMedical),
        physician: { select: { id: true, name: true } },
      },
    }),
    db.trajectory.findMany({
      where: { memberId },
      orderBy: { referredDate: "asc" },
      select: {
        id: true,
        version: true,
        periodId: true,
        initiative: true,
        status: true,
        goAheadDate: true,
        referredDate: true,
        invitedDate: true,
        firstContactDate: true,
        endDate: true,
        stopReason: true,
        outcome: true,
        endNote: true,
        coordinator: { select: { id: true, name: true } },
        transitions: {
          orderBy: { createdAt: "asc" },
          select: { id: true, fromStatus: true, toStatus: true, date: true, note: true, createdAt: true },
        },
        goals: {
          orderBy: { position: "asc" },
          select: {
            id: true,
            version: true,
            description: true,
            targetDate: true,
            achievedDate: true,
            createdAt: true,
          },
        },
        actions: {
          orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
          select: {
            id: true,
            version: true,
            goalId: true,
            description: true,
            actor: true,
            dueDate: true,
            doneDate: true,
            createdAt: true,
          },
        },
      },
    }),
    db.consent.findMany({
      where: { memberId },
      orderBy: { givenDate: "asc" },
      select: {
        id: true,
        version: true,
        trajectoryId: true,
        party: true,
        partyName: true,
        purposeCode: true,
        purpose: true,
        givenDate: true,
        withdrawnDate: true,
      },
    }),
    db.contact.findMany({
      where: { memberId },
      orderBy: { occurredAt: "asc" },
      select: {
        id: true,
        version: true,
        trajectoryId: true,
        occurredAt: true,
        channel: true,
        party: true,
        durationMinutes: true,
        summary: true,
        nextAction: true,
        followUpDate: true,
        followUpDoneAt: true,
        correctsId: true,
        createdAt: true,
        author: { select: { id: true, name: true } },
      },
    }),
    db.referral.findMany({
      where: { memberId },
      orderBy: { sentDate: "asc" },
      select: {
        id: true,
        version: true,
        trajectoryId: true,
        target: true,
        organisation: true,
        sentDate: true,
        expectedResponseDate: true,
        status: true,
        responseDate: true,
        outcomeNote: true,
      },
    }),
    db.workAdjustment.findMany({
      where: { memberId },
      orderBy: { requestedDate: "asc" },
      select: {
        id: true,
        version: true,
        trajectoryId: true,
        type: true,
        description: true,
        requestedDate: true,
        status: true,
        decidedDate: true,
        refusalReason: true,
        explanationGiven: true,
        motivatedReportDate: true,
        employer: { select: { id: true, name: true } },
      },
    }),
    db.authorisedActivity.findMany({
      where: { memberId },
      orderBy: { startDate: "asc" },
      select: ACTIVITY_WITH_DECISIONS_SELECT,
    }),
    db.task.findMany({
      where: { memberId },
      orderBy: { dueDate: "asc" },
      select: {
        id: true,
        version: true,
        title: true,
        kind: true,
        dueDate: true,
        doneDate: true,
        assignee: { select: { id: true, name: true } },
      },
    }),
    db.auditEvent.findMany({
      where: { memberId, entity: "Member", purpose: "reassignment" },
      orderBy: { occurredAt: "asc" },
      select: { id: true, occurredAt: true, actorEmail: true, changes: true },
    }),
  ]);
  return {
    periods,
    assessments,
    trajectories,
    consents,
    contacts,
    referrals,
    adjustments,
    activities,
    tasks,
    reassignments,
  };
}

export type TimelineKind =
  | "PERIOD_START"
  | "PERIOD_END"
  | "QUESTIONNAIRE_SENT"
  | "QUESTIONNAIRE_HELP"
  | "QUESTIONNAIRE_RETURNED"
  | "ASSESSMENT"
  | "TRAJECTORY_TRANSITION"
  | "CONSENT_GIVEN"
  | "CONSENT_WITHDRAWN"
  | "CONTACT"
  | "REFERRAL_SENT"
  | "REFERRAL_ANSWERED"
  | "ADJUSTMENT_REQUESTED"
  | "ADJUSTMENT_DECIDED"
  | "ACTIVITY_REQUESTED"
  | "ACTIVITY_DECISION"
  | "ACTIVITY_ENDED"
  | "TASK_DONE"
  | "PLAN_GOAL_ADDED"
  | "PLAN_GOAL_ACHIEVED"
  | "PLAN_ACTION_ADDED"
  | "PLAN_ACTION_DONE"
  | "REASSIGNED";

export interface TimelineEntry {
  /** Calendar day (Brussels). */
  date: ISODate;
  /** Orders entries of the same day (contacts by their time, others by when they were recorded). */
  sortKey: string;
  kind: TimelineKind;
  /** Id of the record the entry is about. */
  refId: string;
  /** Plain values for the entry's sentence (enum codes, dates, numbers) — never medical content. */
  details: Record<string, string | number | boolean | null>;
}

function buildTimeline(sections: Awaited<ReturnType<typeof loadSections>>): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const add = (
    date: Date | string | null,
    kind: TimelineKind,
    refId: string,
    details: TimelineEntry["details"] = {},
    order = "",
  ) => {
    if (!date) return;
    const day = typeof date === "string" ? date : fromDbDate(date);
    entries.push({ date: day, sortKey: `${day}|${order}`, kind, refId, details });
  };
  for (const p of sections.periods) {
    add(p.startDate, "PERIOD_START", p.id, { continuesPrevious: p.relapseOfId !== null }, "0");
    add(p.endDate, "PERIOD_END", p.id, { endReason: p.endReason }, "9");
    if (p.questionnaire) {
      add(
        p.questionnaire.sentDate,
        "QUESTIONNAIRE_SENT",
        p.questionnaire.id,
        { dueDate: fromDbDate(p.questionnaire.dueDate) },
        "1",
      );
      add(p.questionnaire.helpOfferedDate, "QUESTIONNAIRE_HELP", p.questionnaire.id, {}, "1");
      add(p.questionnaire.returnedDate, "QUESTIONNAIRE_RETURNED", p.questionnaire.id, {}, "1");
    }
  }
  for (const a of sections.assessments)
    add(a.assessedDate, "ASSESSMENT", a.id, { category: a.category, physician: a.physician.name }, "2");
  for (const t of sections.trajectories) {
    for (const tr of t.transitions) {
      add(
        tr.date,
        "TRAJECTORY_TRANSITION",
        t.id,
        {
          from: tr.fromStatus,
          to: tr.toStatus,
          initiative: t.initiative,
          stopReason: tr.toStatus === "CLOSED" ? t.stopReason : null,
          outcome: tr.toStatus === "CLOSED" ? t.outcome : null,
          note: tr.note,
        },
        `3${tr.createdAt.toISOString()}`,
      );
    }
  }
  // The plan: goals and actions on the day they were added (they have no date of their own), and when met.
  for (const t of sections.trajectories) {
    for (const g of t.goals) {
      const added = g.createdAt.toISOString();
      add(
        dateInBrussels(g.createdAt),
        "PLAN_GOAL_ADDED",
        g.id,
        {
          description: g.description,
          targetDate: fromDbDate(g.targetDate),
        },
        `3${added}`,
      );
      add(g.achievedDate, "PLAN_GOAL_ACHIEVED", g.id, { description: g.description }, "8");
    }
    for (const a of t.actions) {
      const added = a.createdAt.toISOString();
      add(
        dateInBrussels(a.createdAt),
        "PLAN_ACTION_ADDED",
        a.id,
        {
          description: a.description,
          actor: a.actor,
          dueDate: fromDbDate(a.dueDate),
        },
        `3${added}`,
      );
      add(a.doneDate, "PLAN_ACTION_DONE", a.id, { description: a.description }, "8");
    }
  }
  for (const c of sections.consents) {
    add(
      c.givenDate,
      "CONSENT_GIVEN",
      c.id,
      { party: c.party, partyName: c.partyName, purposeCode: c.purposeCode, purpose: c.purpose },
      "4",
    );
    add(c.withdrawnDate, "CONSENT_WITHDRAWN", c.id, { party: c.party, partyName: c.partyName }, "4");
  }
  for (const c of sections.contacts) {
    const local = instantToBrusselsLocal(c.occurredAt);
    add(
      local.slice(0, 10),
      "CONTACT",
      c.id,
      {
        channel: c.channel,
        party: c.party,
        time: local.slice(11),
        author: c.author.name,
        isCorrection: c.correctsId !== null,
      },
      `5${local}`,
    );
  }
  for (const r of sections.referrals) {
    add(r.sentDate, "REFERRAL_SENT", r.id, { target: r.target, organisation: r.organisation }, "6");
    add(r.responseDate, "REFERRAL_ANSWERED", r.id, { target: r.target, status: r.status }, "6");
  }
  for (const w of sections.adjustments) {
    add(
      w.requestedDate,
      "ADJUSTMENT_REQUESTED",
      w.id,
      { type: w.type, employer: w.employer?.name ?? null },
      "7",
    );
    add(
      w.decidedDate,
      "ADJUSTMENT_DECIDED",
      w.id,
      {
        type: w.type,
        status: w.status,
        refusalReason: w.refusalReason,
        explanationGiven: w.explanationGiven,
      },
      "7",
    );
  }
  for (const a of sections.activities) {
    add(
      a.requestReceivedDate,
      "ACTIVITY_REQUESTED",
      a.id,
      {
        startDate: fromDbDate(a.startDate),
        hours: decimalOrNull(a.requestedWeeklyHours),
        reference: decimalOrNull(a.referenceWeeklyHours),
      },
      "8",
    );
    for (const d of a.decisions) {
      add(
        d.decisionDate,
        "ACTIVITY_DECISION",
        a.id,
        {
          kind: d.kind,
          hours: decimalOrNull(d.authorisedWeeklyHours),
          validUntil: fromDbDate(d.validUntil),
          physician: d.physician.name,
        },
        "8",
      );
    }
    add(a.endDate, "ACTIVITY_ENDED", a.id, { endReason: a.endReason }, "8");
  }
  for (const t of sections.tasks) add(t.doneDate, "TASK_DONE", t.id, { title: t.title, kind: t.kind }, "8");
  for (const r of sections.reassignments) {
    const change = (r.changes as { coordinatorId?: { before?: string | null; after?: string | null } } | null)
      ?.coordinatorId;
    add(
      dateInBrussels(r.occurredAt),
      "REASSIGNED",
      r.id.toString(),
      { by: r.actorEmail, to: change?.after ?? null },
      `9${r.occurredAt.toISOString()}`,
    );
  }
  return entries.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}

export type DeadlineView = DeadlineWithStatus & { reason: string };

export async function getMemberFile(
  user: ScopedUser,
  memberId: string,
  options: { today: ISODate; locale: ReasonLocale },
) {
  const db = getDb();
  const member = await db.member.findFirst({
    where: { AND: [{ id: memberId }, memberWhereForUser(user)] },
    select: { id: true },
  });
  if (!member) return null;
  const withMedical = hasMedicalAccess(user);
  const [sections, file] = await Promise.all([
    loadSections(member.id, withMedical),
    loadMemberFile(db, member.id),
  ]);
  const deadlines: DeadlineView[] = withStatus(computeDeadlines(file), options.today).map((deadline) => ({
    ...deadline,
    reason: reasonFor(deadline, options.locale),
  }));
  // Coordinators see who reassigned and to whom; resolve the coordinator names once.
  const coordinatorIds = sections.reassignments
    .map((r) => (r.changes as { coordinatorId?: { after?: string } } | null)?.coordinatorId?.after)
    .filter((id): id is string => Boolean(id));
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: coordinatorIds } }, select: { id: true, name: true } })).map(
      (u) => [u.id, u.name],
    ),
  );
  const timeline = buildTimeline(sections).map((entry) =>
    entry.kind === "REASSIGNED" && typeof entry.details.to === "string"
      ? { ...entry, details: { ...entry.details, to: names.get(entry.details.to) ?? null } }
      : entry,
  );
  return { ...sections, deadlines, timeline, hasMedical: withMedical };
}

export type MemberFileView = NonNullable<Awaited<ReturnType<typeof getMemberFile>>>;
