// Keeps the stored deadlines of a member equal to what the engine computes from their file. Called inside
// the transaction of every mutation that changes the file (after the member row was locked).
import "server-only";

import { fromDbDate } from "@/lib/dates";
import type { Db } from "@/lib/db";
import { computeDeadlines, type MemberFile } from "@/lib/deadlines/rules";

/** The facts of a member's file the deadline engine needs, read with `db` (a transaction or the client). */
export async function loadMemberFile(db: Db, memberId: string): Promise<MemberFile> {
  const member = await db.member.findUniqueOrThrow({
    where: { id: memberId },
    select: {
      statute: true,
      periods: {
        select: {
          id: true,
          startDate: true,
          endDate: true,
          relapseOfId: true,
          declarationDate: true,
          questionnaire: true,
        },
      },
      assessments: { select: { periodId: true, assessedDate: true } },
      trajectories: {
        select: {
          id: true,
          periodId: true,
          status: true,
          initiative: true,
          goAheadDate: true,
          referredDate: true,
          firstContactDate: true,
          endDate: true,
        },
      },
      referrals: {
        select: { id: true, sentDate: true, expectedResponseDate: true, responseDate: true, status: true },
      },
      activities: {
        select: {
          id: true,
          periodId: true,
          startDate: true,
          status: true,
          endDate: true,
          decisions: { select: { kind: true, decisionDate: true, validUntil: true, nextReviewDate: true } },
        },
      },
    },
  });
  return {
    statute: member.statute,
    periods: member.periods.map((p) => ({
      id: p.id,
      startDate: fromDbDate(p.startDate),
      endDate: fromDbDate(p.endDate),
      relapseOfId: p.relapseOfId,
      declarationDate: fromDbDate(p.declarationDate),
    })),
    questionnaires: member.periods.flatMap((p) =>
      p.questionnaire
        ? [
            {
              periodId: p.id,
              sentDate: fromDbDate(p.questionnaire.sentDate),
              dueDate: fromDbDate(p.questionnaire.dueDate),
              returnedDate: fromDbDate(p.questionnaire.returnedDate),
              helpOfferedDate: fromDbDate(p.questionnaire.helpOfferedDate),
            },
          ]
        : [],
    ),
    assessments: member.assessments.map((a) => ({
      periodId: a.periodId,
      assessedDate: fromDbDate(a.assessedDate),
    })),
    trajectories: member.trajectories.map((t) => ({
      ...t,
      goAheadDate: fromDbDate(t.goAheadDate),
      referredDate: fromDbDate(t.referredDate),
      firstContactDate: fromDbDate(t.firstContactDate),
      endDate: fromDbDate(t.endDate),
    })),
    referrals: member.referrals.map((r) => ({
      ...r,
      sentDate: fromDbDate(r.sentDate),
      expectedResponseDate: fromDbDate(r.expectedResponseDate),
      responseDate: fromDbDate(r.responseDate),
    })),
    activities: member.activities.map((a) => ({
      ...a,
      startDate: fromDbDate(a.startDate),
      endDate: fromDbDate(a.endDate),
      decisions: a.decisions.map((d) => ({
        kind: d.kind,
        decisionDate: fromDbDate(d.decisionDate),
        validUntil: fromDbDate(d.validUntil),
        nextReviewDate: fromDbDate(d.nextReviewDate),
      })),
    })),
  };
}

/** Rewrites the member's stored deadlines from their file. A handful of rows: delete and insert. */
export async function refreshMemberDeadlines(db: Db, memberId: string): Promise<void> {
  const deadlines = computeDeadlines(await loadMemberFile(db, memberId));
  await db.deadline.deleteMany({ where: { memberId } });
  if (!deadlines.length) return;
  await db.deadline.createMany({
    data: deadlines.map((d) => ({
      memberId,
      rule: d.rule,
      subjectId: d.subjectId,
      cycle: d.cycle,
      regime: d.regime,
      owner: d.owner,
      dueDate: new Date(`${d.dueDate}T00:00:00Z`),
      metDate: d.metDate ? new Date(`${d.metDate}T00:00:00Z`) : null,
      anchorDate: new Date(`${d.anchorDate}T00:00:00Z`),
      variant: d.variant,
    })),
  });
}
