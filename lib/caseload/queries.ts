// The coordinator's caseload and "today" panel. One SQL statement computes, per member, the current
// incapacity (phase and day count from the start of its relapse chain), the latest category, the latest
// trajectory, the next open deadline and the number of overdue ones, then filters, sorts and pages by keyset.
import "server-only";

import { fromDbDate, toDbDate, type ISODate } from "@/lib/dates";
import { dueSoonUntil } from "@/lib/deadlines/rules";
import { getDb, Prisma } from "@/lib/db";
import type { TaskKind } from "@/lib/generated/prisma/enums";
import type { TCaseloadFilter } from "@/lib/caseload/schemas";
import { phaseOn } from "@/lib/incapacity/rules";
import { normaliseInsz, normaliseSearch } from "@/lib/members/rules";
import { decodeCursor, encodeCursor, type Page } from "@/lib/pagination";
import type { ScopedUser } from "@/lib/members/access";
import { OPEN_STATUSES } from "@/lib/trajectories/rules";
import { z } from "@/lib/validation";

export interface CaseloadRow {
  id: string;
  firstName: string;
  lastName: string;
  insz: string;
  externalId: string | null;
  coordinatorName: string | null;
  periodStart: ISODate | null;
  episodeStart: ISODate | null;
  periodEnd: ISODate | null;
  phase: "PRIMARY" | "INVALIDITY" | null;
  dayCount: number | null;
  category: number | null;
  trajectoryStatus: string | null;
  nextDueDate: ISODate | null;
  nextRule: string | null;
  /** With the rule and due date, what the next deadline's reason sentence needs (lib/deadlines/reasons.ts). */
  nextAnchorDate: ISODate | null;
  nextVariant: string | null;
  overdueCount: number;
}

const ZCursor = z.object({ k: z.union([z.string(), z.number(), z.null()]), n: z.string(), id: z.string() });

interface RawRow {
  id: string;
  firstName: string;
  lastName: string;
  insz: string;
  externalId: string | null;
  coordinatorName: string | null;
  periodStart: Date | null;
  episodeStart: Date | null;
  periodEnd: Date | null;
  dayCount: number | null;
  category: number | null;
  trajectoryStatus: string | null;
  nextDueDate: Date | null;
  nextRule: string | null;
  nextAnchorDate: Date | null;
  nextVariant: string | null;
  overdueCount: number;
  sortName: string;
}

/** The caseload statement (exported for the benchmark, which runs it directly next to `findCaseload`). */
export function caseloadSql(
  user: ScopedUser & { teamId: string },
  filter: TCaseloadFilter,
  today: ISODate,
  limit: number,
): Prisma.Sql {
  const todayDate = new Date(`${today}T00:00:00Z`);
  const scope =
    filter.scope === "team"
      ? Prisma.sql`m."teamId" = ${user.teamId}::uuid`
      : Prisma.sql`m."coordinatorId" = ${user.id}::uuid`;

  const conditions: Prisma.Sql[] = [];
  if (filter.q) {
    const digits = normaliseInsz(filter.q);
    const text = normaliseSearch(filter.q);
    conditions.push(
      /^\d{11}$/.test(digits)
        ? Prisma.sql`m."insz" = ${digits}`
        : Prisma.sql`(m."searchName" LIKE ${`%${text}%`} OR m."externalId" = ${filter.q.trim()})`,
    );
  }
  const outer: Prisma.Sql[] = [];
  if (filter.state === "open")
    outer.push(
      Prisma.sql`(c."periodStart" IS NOT NULL AND c."periodEnd" IS NULL OR c."trajectoryStatus" IN (${Prisma.join(OPEN_STATUSES)}))`,
    );
  if (filter.status === "NONE") outer.push(Prisma.sql`c."trajectoryStatus" IS NULL`);
  else if (filter.status) outer.push(Prisma.sql`c."trajectoryStatus" = ${filter.status}`);
  if (filter.category === "NONE") outer.push(Prisma.sql`c."category" IS NULL`);
  else if (filter.category) outer.push(Prisma.sql`c."category" = ${Number(filter.category)}`);
  if (filter.phase) {
    // The phase on the row's reference day (its period's end, or today while it runs), as phaseOn decides it
    // for the label: INVALIDITY from episode start + 1 year on (V3; PostgreSQL also clamps 29 Feb to 28 Feb).
    const invalidity = Prisma.sql`LEAST(COALESCE(c."periodEnd", ${todayDate}::date), ${todayDate}::date) >= (c."episodeStart" + interval '1 year')::date`;
    outer.push(filter.phase === "INVALIDITY" ? invalidity : Prisma.sql`NOT (${invalidity})`);
    outer.push(Prisma.sql`c."periodStart" IS NOT NULL`);
  }
  if (filter.overdue) outer.push(Prisma.sql`c."overdueCount" > 0`);

  const sortKey =
    filter.sort === "nextDeadline"
      ? Prisma.sql`c."nextDueDate"`
      : filter.sort === "dayCount"
        ? Prisma.sql`c."dayCount"`
        : Prisma.sql`c."sortName"`;
  const direction = filter.sort === "dayCount" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const cursor = decodeCursor(filter.cursor, ZCursor);
  if (cursor) {
    const op = filter.sort === "dayCount" ? Prisma.sql`<` : Prisma.sql`>`;
    if (filter.sort === "name") {
      outer.push(Prisma.sql`(c."sortName", c."id") > (${cursor.n}, ${cursor.id}::uuid)`);
    } else if (cursor.k === null) {
      outer.push(
        Prisma.sql`(${sortKey} IS NULL AND (c."sortName", c."id") > (${cursor.n}, ${cursor.id}::uuid))`,
      );
    } else {
      const value =
        filter.sort === "nextDeadline" ? Prisma.sql`${cursor.k}::date` : Prisma.sql`${Number(cursor.k)}::int`;
      outer.push(
        Prisma.sql`(${sortKey} IS NULL OR ${sortKey} ${op} ${value} OR (${sortKey} = ${value} AND (c."sortName", c."id") > (${cursor.n}, ${cursor.id}::uuid)))`,
      );
    }
  }

  return Prisma.sql`
    WITH c AS (
      SELECT m."id", m."firstName", m."lastName", m."insz", m."externalId",
             u."name" AS "coordinatorName",
             m."searchName" AS "sortName",
             p."startDate" AS "periodStart", p."episodeStartDate" AS "episodeStart", p."endDate" AS "periodEnd",
             CASE WHEN p."id" IS NULL THEN NULL
                  ELSE (LEAST(COALESCE(p."endDate", ${todayDate}::date), ${todayDate}::date) - p."episodeStartDate" + 1)::int END AS "dayCount",
             a."category", t."status"::text AS "trajectoryStatus",
             d."dueDate" AS "nextDueDate", d."rule"::text AS "nextRule",
             d."anchorDate" AS "nextAnchorDate", d."variant"::text AS "nextVariant",
             COALESCE(o."overdueCount", 0)::int AS "overdueCount"
      FROM "Member" m
      LEFT JOIN "User" u ON u."id" = m."coordinatorId"
      LEFT JOIN LATERAL (
        SELECT ip."id", ip."startDate", ip."endDate", ip."episodeStartDate" FROM "IncapacityPeriod" ip
        WHERE ip."memberId" = m."id" ORDER BY (ip."endDate" IS NULL) DESC, ip."startDate" DESC LIMIT 1) p ON TRUE
      LEFT JOIN LATERAL (
        SELECT ca."category" FROM "CapacityAssessment" ca WHERE ca."memberId" = m."id"
        ORDER BY ca."assessedDate" DESC, ca."createdAt" DESC LIMIT 1) a ON TRUE
      LEFT JOIN LATERAL (
        SELECT tr."status" FROM "Trajectory" tr WHERE tr."memberId" = m."id"
        ORDER BY tr."referredDate" DESC, tr."createdAt" DESC LIMIT 1) t ON TRUE
      LEFT JOIN LATERAL (
        SELECT dl."dueDate", dl."rule", dl."anchorDate", dl."variant" FROM "Deadline" dl
        WHERE dl."memberId" = m."id" AND dl."metDate" IS NULL AND dl."owner" <> 'INFORMATION'
        ORDER BY dl."dueDate" LIMIT 1) d ON TRUE
      LEFT JOIN LATERAL (
        SELECT count(*) AS "overdueCount" FROM "Deadline" dl
        WHERE dl."memberId" = m."id" AND dl."metDate" IS NULL AND dl."owner" <> 'INFORMATION' AND dl."dueDate" < ${todayDate}::date) o ON TRUE
      WHERE ${scope} ${conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty}
    )
    SELECT * FROM c
    ${outer.length ? Prisma.sql`WHERE ${Prisma.join(outer, " AND ")}` : Prisma.empty}
    ORDER BY ${sortKey} ${direction} NULLS LAST, c."sortName", c."id"
    LIMIT ${limit + 1}`;
}

/**
 * The caseload of `user` (their members, or their team's), with filters and keyset pagination.
 * `today` fixes "overdue" and the day counts.
 */
export async function findCaseload(
  user: ScopedUser,
  filter: TCaseloadFilter,
  today: ISODate,
  limit = 50,
): Promise<Page<CaseloadRow>> {
  if (user.role !== "COORDINATOR" || !user.teamId) return { items: [], nextCursor: null };
  const rows = await getDb().$queryRaw<RawRow[]>(
    caseloadSql({ ...user, teamId: user.teamId }, filter, today, limit),
  );
  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit).map((row) => {
    const episodeStart = fromDbDate(row.episodeStart);
    const periodEnd = fromDbDate(row.periodEnd);
    const referenceDay = periodEnd && periodEnd < today ? periodEnd : today;
    return {
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      insz: row.insz,
      externalId: row.externalId,
      coordinatorName: row.coordinatorName,
      periodStart: fromDbDate(row.periodStart),
      episodeStart,
      periodEnd,
      phase: episodeStart ? phaseOn(episodeStart, referenceDay) : null,
      dayCount: row.dayCount,
      category: row.category,
      trajectoryStatus: row.trajectoryStatus,
      nextDueDate: fromDbDate(row.nextDueDate),
      nextRule: row.nextRule,
      nextAnchorDate: fromDbDate(row.nextAnchorDate),
      nextVariant: row.nextVariant,
      overdueCount: row.overdueCount,
      sortName: row.sortName,
    };
  });
  const last = items[items.length - 1];
  const nextCursor =
    hasMore && last
      ? encodeCursor({
          k:
            filter.sort === "nextDeadline"
              ? last.nextDueDate
              : filter.sort === "dayCount"
                ? last.dayCount
                : last.sortName,
          n: last.sortName,
          id: last.id,
        })
      : null;
  return { items: items.map(({ sortName: _sortName, ...item }) => item), nextCursor };
}

export interface TodayItem {
  kind: "DEADLINE" | "FOLLOW_UP" | "TASK";
  memberId: string | null;
  memberName: string | null;
  dueDate: ISODate;
  isOverdue: boolean;
  /** For deadlines: the rule and its reason's parts; for follow-ups: the next action; for tasks: the title. */
  rule: string | null;
  /** For tasks: their kind (a task Reprise made has no title: it is written from the kind). */
  taskKind: TaskKind | null;
  subjectId: string | null;
  anchorDate: ISODate | null;
  variant: string | null;
  text: string | null;
  refId: string;
  version: number | null;
}

/**
 * What needs the coordinator this week: their members' open coordinator deadlines (overdue or due within 7
 * days: questionnaire help, first contact, silent referrals), contact follow-ups and tasks.
 */
export async function findTodayPanel(user: ScopedUser, today: ISODate, limit = 100): Promise<TodayItem[]> {
  if (user.role !== "COORDINATOR") return [];
  const db = getDb();
  const horizon = toDbDate(dueSoonUntil(today));
  const todayDate = new Date(`${today}T00:00:00Z`);
  const [deadlines, followUps, tasks] = await Promise.all([
    db.deadline.findMany({
      where: {
        metDate: null,
        owner: "COORDINATOR",
        dueDate: { lte: horizon },
        member: { coordinatorId: user.id },
      },
      orderBy: { dueDate: "asc" },
      take: limit,
      select: {
        id: true,
        rule: true,
        subjectId: true,
        dueDate: true,
        anchorDate: true,
        variant: true,
        member: { select: { id: true, firstName: true, lastName: true } },
      },
    }),
    db.contact.findMany({
      where: { authorId: user.id, followUpDoneAt: null, followUpDate: { lte: horizon } },
      orderBy: { followUpDate: "asc" },
      take: limit,
      select: {
        id: true,
        version: true,
        followUpDate: true,
        nextAction: true,
        summary: true,
        member: { select: { id: true, firstName: true, lastName: true } },
      },
    }),
    db.task.findMany({
      where: { assigneeId: user.id, doneDate: null, dueDate: { lte: horizon } },
      orderBy: { dueDate: "asc" },
      take: limit,
      select: {
        id: true,
        version: true,
        kind: true,
        title: true,
        dueDate: true,
        member: { select: { id: true, firstName: true, lastName: true } },
      },
    }),
  ]);
  const name = (m: { firstName: string; lastName: string } | null) =>
    m ? `${m.firstName} ${m.lastName}` : null;
  const items: TodayItem[] = [
    ...deadlines.map((d) => ({
      kind: "DEADLINE" as const,
      memberId: d.member.id,
      memberName: name(d.member),
      dueDate: fromDbDate(d.dueDate),
      isOverdue: d.dueDate < todayDate,
      rule: d.rule,
      taskKind: null,
      subjectId: d.subjectId,
      anchorDate: fromDbDate(d.anchorDate),
      variant: d.variant,
      text: null,
      refId: d.id,
      version: null,
    })),
    ...followUps.map((c) => ({
      kind: "FOLLOW_UP" as const,
      memberId: c.member.id,
      memberName: name(c.member),
      dueDate: fromDbDate(c.followUpDate!),
      isOverdue: c.followUpDate! < todayDate,
      rule: null,
      taskKind: null,
      subjectId: null,
      anchorDate: null,
      variant: null,
      text: c.nextAction || c.summary,
      refId: c.id,
      version: c.version,
    })),
    ...tasks.map((t) => ({
      kind: "TASK" as const,
      memberId: t.member?.id ?? null,
      memberName: name(t.member),
      dueDate: fromDbDate(t.dueDate),
      isOverdue: t.dueDate < todayDate,
      rule: null,
      taskKind: t.kind,
      subjectId: null,
      anchorDate: null,
      variant: null,
      text: t.title,
      refId: t.id,
      version: t.version,
    })),
  ];
  return items.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}

export interface OverdueDeadline {
  id: string;
  memberId: string;
  memberName: string;
  rule: string;
  dueDate: ISODate;
  anchorDate: ISODate;
  variant: string;
  subjectId: string;
}

const ZOverdueCursor = z.object({ d: z.string(), id: z.string() });

/** The coordinator's overdue deadlines (their members, coordinator-owned), oldest first, by keyset. */
export async function findOverdueDeadlines(
  user: ScopedUser,
  today: ISODate,
  cursor?: string,
  limit = 50,
): Promise<Page<OverdueDeadline>> {
  if (user.role !== "COORDINATOR") return { items: [], nextCursor: null };
  const after = decodeCursor(cursor, ZOverdueCursor);
  const rows = await getDb().deadline.findMany({
    where: {
      AND: [
        {
          metDate: null,
          owner: "COORDINATOR",
          dueDate: { lt: new Date(`${today}T00:00:00Z`) },
          member: { coordinatorId: user.id },
        },
        after
          ? {
              OR: [
                { dueDate: { gt: new Date(`${after.d}T00:00:00Z`) } },
                { dueDate: new Date(`${after.d}T00:00:00Z`), id: { gt: after.id } },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: {
      id: true,
      rule: true,
      dueDate: true,
      anchorDate: true,
      variant: true,
      subjectId: true,
      member: { select: { id: true, firstName: true, lastName: true } },
    },
  });
  const items = rows.slice(0, limit).map((row) => ({
    id: row.id,
    memberId: row.member.id,
    memberName: `${row.member.firstName} ${row.member.lastName}`,
    rule: row.rule,
    dueDate: fromDbDate(row.dueDate),
    anchorDate: fromDbDate(row.anchorDate),
    variant: row.variant,
    subjectId: row.subjectId,
  }));
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ d: last.dueDate, id: last.id }) : null,
  };
}
