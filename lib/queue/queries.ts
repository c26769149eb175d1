// The advising physician's work queue (issue 5): members awaiting a first category, pending authorised-activity
// requests, reviews due (activities and capacity assessments), authorisations expiring, and questionnaires
// back and unread — the physician's own region only (lib/members/access.ts), in one SQL statement over the
// stored deadlines (lib/deadlines/refresh.ts) and their partial indexes, sorted by urgency and paged by keyset.
import "server-only";

import { fromDbDate, type ISODate } from "@/lib/dates";
import { getDb, Prisma } from "@/lib/db";
import type { Region } from "@/lib/generated/prisma/enums";
import { normaliseInsz, normaliseSearch } from "@/lib/members/rules";
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { dueWindowEnd, KIND_RANK, reminderHorizon } from "@/lib/queue/rules";
import { QUEUE_KINDS, type QueueKind, type TQueueFilter } from "@/lib/queue/schemas";
import { z } from "@/lib/validation";

export interface QueueUser {
  id: string;
  role: string;
  region: Region | null;
}

export interface QueueItem {
  kind: QueueKind;
  /** The deadline, assessment or questionnaire the item stands for (unique across the queue). */
  itemId: string;
  memberId: string;
  firstName: string;
  lastName: string;
  teamName: string;
  /** Urgency order: the due date, or for a questionnaire the day it came back. */
  sortDate: ISODate;
  dueDate: ISODate | null;
  /** For the deadline's reason sentence (lib/deadlines/reasons.ts). */
  rule: "FIRST_CATEGORY" | "ACTIVITY_DECISION" | "ACTIVITY_REVIEW" | "AUTHORISATION_EXPIRY" | null;
  anchorDate: ISODate | null;
  variant: string | null;
  /** The authorised activity the item is about (decision, review, expiry). */
  activityId: string | null;
  activityStart: ISODate | null;
  requestedWeeklyHours: number | null;
  /** A capacity re-assessment (REVIEW of an assessment rather than of an activity). */
  isAssessmentReview: boolean;
}

export interface QueueCounts {
  total: number;
  byKind: Record<QueueKind, { count: number; overdue: number }>;
}

interface RawItem {
  kind: QueueKind;
  rank: number;
  itemId: string;
  memberId: string;
  firstName: string;
  lastName: string;
  teamName: string;
  sortDate: Date;
  dueDate: Date | null;
  rule: QueueItem["rule"];
  anchorDate: Date | null;
  variant: string | null;
  activityId: string | null;
  activityStart: Date | null;
  requestedWeeklyHours: Prisma.Decimal | null;
  isAssessmentReview: boolean;
}

const ZCursor = z.object({ d: z.iso.date(), r: z.number().int(), id: z.uuid() });

const sqlDate = (value: ISODate) => Prisma.sql`${value}::date`;

/**
 * Every open item of the physician's region as rows of one shape. Filters that apply to all kinds (team,
 * name) act on the member scope; the kind and the due window act on the union.
 */
function itemsSql(user: QueueUser, filter: TQueueFilter, today: ISODate): Prisma.Sql {
  const memberConditions: Prisma.Sql[] = [Prisma.sql`t."region" = ${user.region}::"Region"`];
  if (filter.teamId) memberConditions.push(Prisma.sql`m."teamId" = ${filter.teamId}::uuid`);
  if (filter.q) {
    const digits = normaliseInsz(filter.q);
    memberConditions.push(
      /^\d{11}$/.test(digits)
        ? Prisma.sql`m."insz" = ${digits}`
        : Prisma.sql`m."searchName" LIKE ${`%${normaliseSearch(filter.q)}%`}`,
    );
  }
  const reviewHorizon = reminderHorizon("REVIEW", today)!;
  const expiryHorizon = reminderHorizon("AUTHORISATION_EXPIRY", today)!;
  // Only members still in incapacity need a category, a review or a reading.
  const inIncapacity = (memberId: Prisma.Sql) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "IncapacityPeriod" op WHERE op."memberId" = ${memberId} AND op."endDate" IS NULL)`;

  return Prisma.sql`
    scope AS (
      SELECT m."id", m."firstName", m."lastName", t."name" AS "teamName"
      FROM "Member" m
      JOIN "Team" t ON t."id" = m."teamId"
      WHERE ${Prisma.join(memberConditions, " AND ")}
    ),
    items AS (
      SELECT 'FIRST_CATEGORY' AS "kind", ${KIND_RANK.FIRST_CATEGORY}::int AS "rank", d."id" AS "itemId",
             d."memberId", d."dueDate" AS "sortDate", d."dueDate", 'FIRST_CATEGORY' AS "rule",
             d."anchorDate", d."variant"::text AS "variant", NULL::uuid AS "activityId",
             NULL::date AS "activityStart", NULL::numeric AS "requestedWeeklyHours", FALSE AS "isAssessmentReview"
      FROM "Deadline" d JOIN scope s ON s."id" = d."memberId"
      WHERE d."rule" = 'FIRST_CATEGORY' AND d."metDate" IS NULL AND ${inIncapacity(Prisma.sql`d."memberId"`)}
      UNION ALL
      SELECT 'ACTIVITY_DECISION', ${KIND_RANK.ACTIVITY_DECISION}::int, d."id", d."memberId", d."dueDate", d."dueDate",
             'ACTIVITY_DECISION', d."anchorDate", d."variant"::text, a."id", a."startDate", a."requestedWeeklyHours", FALSE
      FROM "Deadline" d JOIN scope s ON s."id" = d."memberId"
      JOIN "AuthorisedActivity" a ON a."id" = d."subjectId" AND a."status" = 'PENDING'
      WHERE d."rule" = 'ACTIVITY_DECISION' AND d."metDate" IS NULL
      UNION ALL
      SELECT 'REVIEW', ${KIND_RANK.REVIEW}::int, d."id", d."memberId", d."dueDate", d."dueDate",
             'ACTIVITY_REVIEW', d."anchorDate", d."variant"::text, a."id", a."startDate", a."requestedWeeklyHours", FALSE
      FROM "Deadline" d JOIN scope s ON s."id" = d."memberId"
      JOIN "AuthorisedActivity" a ON a."id" = d."subjectId" AND a."status" = 'AUTHORISED'
      WHERE d."rule" = 'ACTIVITY_REVIEW' AND d."metDate" IS NULL AND d."dueDate" <= ${sqlDate(reviewHorizon)}
      UNION ALL
      SELECT 'REVIEW', ${KIND_RANK.REVIEW}::int, ca."id", ca."memberId", ca."nextReviewDate", ca."nextReviewDate",
             NULL, ca."assessedDate", NULL, NULL, NULL, NULL, TRUE
      FROM "CapacityAssessment" ca JOIN scope s ON s."id" = ca."memberId"
      JOIN "IncapacityPeriod" p ON p."id" = ca."periodId" AND p."endDate" IS NULL
      WHERE ca."nextReviewDate" <= ${sqlDate(reviewHorizon)}
        AND NOT EXISTS (
          SELECT 1 FROM "CapacityAssessment" later
          WHERE later."periodId" = ca."periodId"
            AND (later."assessedDate", later."createdAt") > (ca."assessedDate", ca."createdAt"))
      UNION ALL
      SELECT 'AUTHORISATION_EXPIRY', ${KIND_RANK.AUTHORISATION_EXPIRY}::int, d."id", d."memberId", d."dueDate", d."dueDate",
             'AUTHORISATION_EXPIRY', d."anchorDate", d."variant"::text, a."id", a."startDate", a."requestedWeeklyHours", FALSE
      FROM "Deadline" d JOIN scope s ON s."id" = d."memberId"
      JOIN "AuthorisedActivity" a ON a."id" = d."subjectId" AND a."status" = 'AUTHORISED'
      WHERE d."rule" = 'AUTHORISATION_EXPIRY' AND d."metDate" IS NULL AND d."dueDate" <= ${sqlDate(expiryHorizon)}
      UNION ALL
      SELECT 'QUESTIONNAIRE', ${KIND_RANK.QUESTIONNAIRE}::int, q."id", p."memberId", q."returnedDate", NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, FALSE
      FROM "Questionnaire" q
      JOIN "IncapacityPeriod" p ON p."id" = q."periodId" AND p."endDate" IS NULL
      JOIN scope s ON s."id" = p."memberId"
      WHERE q."returnedDate" IS NOT NULL AND q."physicianReadAt" IS NULL
    )`;
}

function windowConditions(filter: TQueueFilter, today: ISODate, withKind: boolean): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (withKind && filter.kind) conditions.push(Prisma.sql`i."kind" = ${filter.kind}`);
  if (filter.due) conditions.push(Prisma.sql`i."dueDate" < ${sqlDate(dueWindowEnd(filter.due, today))}`);
  return conditions;
}

const where = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

/** One page of the queue, most urgent first (due date, then kind, then id: a stable keyset). */
export async function findQueueItems(
  user: QueueUser,
  filter: TQueueFilter,
  today: ISODate,
  limit = DEFAULT_PAGE_SIZE,
): Promise<Page<QueueItem>> {
  if (user.role !== "ADVISING_PHYSICIAN" || !user.region) return { items: [], nextCursor: null };
  const conditions = windowConditions(filter, today, true);
  const cursor = decodeCursor(filter.cursor, ZCursor);
  if (cursor) {
    conditions.push(
      Prisma.sql`(i."sortDate", i."rank", i."itemId") > (${sqlDate(cursor.d)}, ${cursor.r}::int, ${cursor.id}::uuid)`,
    );
  }
  const rows = await getDb().$queryRaw<RawItem[]>`
    WITH ${itemsSql(user, filter, today)}
    SELECT i.*, s."firstName", s."lastName", s."teamName"
    FROM items i JOIN scope s ON s."id" = i."memberId"
    ${where(conditions)}
    ORDER BY i."sortDate", i."rank", i."itemId"
    LIMIT ${limit + 1}`;
  const page = toPage(rows, limit, (row) => ({ d: fromDbDate(row.sortDate), r: row.rank, id: row.itemId }));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((row) => ({
      kind: row.kind,
      itemId: row.itemId,
      memberId: row.memberId,
      firstName: row.firstName,
      lastName: row.lastName,
      teamName: row.teamName,
      sortDate: fromDbDate(row.sortDate),
      dueDate: fromDbDate(row.dueDate),
      rule: row.rule,
      anchorDate: fromDbDate(row.anchorDate),
      variant: row.variant,
      activityId: row.activityId,
      activityStart: fromDbDate(row.activityStart),
      requestedWeeklyHours: row.requestedWeeklyHours === null ? null : Number(row.requestedWeeklyHours),
      isAssessmentReview: row.isAssessmentReview,
    })),
  };
}

/** How many items each queue holds (and how many are overdue), under the same filters except the kind. */
export async function countQueueItems(
  user: QueueUser,
  filter: TQueueFilter,
  today: ISODate,
): Promise<QueueCounts> {
  const byKind = Object.fromEntries(QUEUE_KINDS.map((kind) => [kind, { count: 0, overdue: 0 }])) as Record<
    QueueKind,
    { count: number; overdue: number }
  >;
  if (user.role !== "ADVISING_PHYSICIAN" || !user.region) return { total: 0, byKind };
  const rows = await getDb().$queryRaw<{ kind: QueueKind; count: number; overdue: number }[]>`
    WITH ${itemsSql(user, filter, today)}
    SELECT i."kind", count(*)::int AS "count",
           (count(*) FILTER (WHERE i."dueDate" < ${sqlDate(today)}))::int AS "overdue"
    FROM items i
    ${where(windowConditions(filter, today, false))}
    GROUP BY i."kind"`;
  for (const row of rows) byKind[row.kind] = { count: row.count, overdue: row.overdue };
  return { total: rows.reduce((sum, row) => sum + row.count, 0), byKind };
}

/** The teams of the physician's region, for the team filter. */
export async function findRegionTeams(user: QueueUser): Promise<{ id: string; name: string }[]> {
  if (!user.region) return [];
  return getDb().team.findMany({
    where: { region: user.region },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
