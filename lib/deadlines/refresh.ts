// Keeps the stored deadlines of a member equal to what the engine computes from their file. Called inside
// the transaction of every mutation that changes the file (after the member row was locked).
import "server-only";

import { fromDbDate, toDbDate } from "@/lib/dates";
import { getDb, type Db } from "@/lib/db";
import { computeDeadlines, deadlineKey, type Deadline, type MemberFile } from "@/lib/deadlines/rules";
import { unsafeLockMember } from "@/lib/members/access";

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

const STORED_SELECT = {
  id: true,
  rule: true,
  subjectId: true,
  cycle: true,
  regime: true,
  owner: true,
  dueDate: true,
  metDate: true,
  anchorDate: true,
  variant: true,
} as const;

/**
 * What to write so that the stored deadlines equal the computed ones: rows to create, rows whose values
 * changed (by id) and rows that no longer apply. A deadline keeps its row — and its id, which keyset cursors
 * and links hold — for as long as its key (rule, subject, cycle) exists. Pure.
 */
export function planDeadlineSync(stored: (Deadline & { id: string })[], computed: Deadline[]) {
  const byKey = new Map(stored.map((row) => [deadlineKey(row), row]));
  const create: Deadline[] = [];
  const update: (Deadline & { id: string })[] = [];
  for (const deadline of computed) {
    const row = byKey.get(deadlineKey(deadline));
    byKey.delete(deadlineKey(deadline));
    if (!row) create.push(deadline);
    else if (VALUE_FIELDS.some((field) => row[field] !== deadline[field]))
      update.push({ ...deadline, id: row.id });
  }
  return { create, update, remove: [...byKey.values()].map((row) => row.id) };
}

const VALUE_FIELDS = ["regime", "owner", "dueDate", "metDate", "anchorDate", "variant"] as const;

function values(deadline: Deadline) {
  return {
    regime: deadline.regime,
    owner: deadline.owner,
    dueDate: toDbDate(deadline.dueDate),
    metDate: toDbDate(deadline.metDate),
    anchorDate: toDbDate(deadline.anchorDate),
    variant: deadline.variant,
  };
}

/**
 * Brings the member's stored deadlines in line with their file. Most changes (a contact, a consent) move no
 * deadline, so the usual cost is two reads and no write.
 */
export async function refreshMemberDeadlines(db: Db, memberId: string): Promise<DeadlineSyncCounts> {
  const computed = computeDeadlines(await loadMemberFile(db, memberId));
  const stored = await db.deadline.findMany({ where: { memberId }, select: STORED_SELECT });
  const plan = planDeadlineSync(
    stored.map((row) => ({
      ...row,
      dueDate: fromDbDate(row.dueDate),
      metDate: fromDbDate(row.metDate),
      anchorDate: fromDbDate(row.anchorDate),
    })),
    computed,
  );
  if (plan.remove.length) await db.deadline.deleteMany({ where: { id: { in: plan.remove } } });
  for (const deadline of plan.update) {
    await db.deadline.update({
      where: { id: deadline.id },
      data: { ...values(deadline), computedAt: new Date() },
    });
  }
  if (plan.create.length) {
    await db.deadline.createMany({
      data: plan.create.map((d) => ({
        memberId,
        rule: d.rule,
        subjectId: d.subjectId,
        cycle: d.cycle,
        ...values(d),
      })),
    });
  }
  return { created: plan.create.length, updated: plan.update.length, removed: plan.remove.length };
}

export interface DeadlineSyncCounts {
  created: number;
  updated: number;
  removed: number;
}

/**
 * Recomputes the stored deadlines of every member (after a change to the rules, ADR 007): members in id order,
 * each in its own short transaction with the member row locked, as a mutation would. Rows that already match
 * are not written, so a second run changes nothing. `onProgress` is called after every batch.
 */
export async function recomputeAllDeadlines(
  options: {
    batchSize?: number;
    concurrency?: number;
    onProgress?: (done: number, totals: DeadlineSyncCounts & { changedMembers: number }) => void;
  } = {},
): Promise<DeadlineSyncCounts & { members: number; changedMembers: number }> {
  const { batchSize = 500, concurrency = 4, onProgress } = options;
  const db = getDb();
  const totals = { created: 0, updated: 0, removed: 0, changedMembers: 0 };
  let members = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await db.member.findMany({
      where: after ? { id: { gt: after } } : {},
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true },
    });
    if (!batch.length) break;
    for (let i = 0; i < batch.length; i += concurrency) {
      const counts = await Promise.all(
        batch.slice(i, i + concurrency).map(({ id }) =>
          db.$transaction(async (tx) => {
            await unsafeLockMember(tx, id);
            return refreshMemberDeadlines(tx, id);
          }),
        ),
      );
      for (const count of counts) {
        totals.created += count.created;
        totals.updated += count.updated;
        totals.removed += count.removed;
        if (count.created + count.updated + count.removed > 0) totals.changedMembers++;
      }
    }
    members += batch.length;
    after = batch[batch.length - 1]!.id;
    onProgress?.(members, totals);
  }
  return { ...totals, members };
}
