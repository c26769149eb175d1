// Report queries (issue 6): every number is computed by PostgreSQL in one statement per report — typed raw
// SQL built with Prisma.sql, no rows loaded into JavaScript to be counted. JavaScript only reshapes the
// aggregated rows and applies small-cell suppression (rules.ts). Definitions: definitions.ts / DOMAIN.md.
//
// Conventions used in every statement:
// - dates are passed as ISO strings and cast with ::date; "on or before asOf" is `<= asOf`;
// - counts are cast to int, rounded metrics to float8 (JSON numbers), rounding by numeric round(…, 1), which
//   rounds half away from zero;
// - medians are percentile_cont(0.5) (interpolated), which ignores nulls.
import "server-only";

import { getDb, Prisma } from "@/lib/db";
import {
  ActivityStatus,
  AdjustmentRefusalReason,
  AdjustmentType,
  ReferralTarget,
  StopReason,
  TrajectoryOutcome,
} from "@/lib/generated/prisma/enums";
import { REPORT_DEFINITIONS_VERSION } from "@/lib/reports/definitions";
import { ENDING_STATUSES } from "@/lib/trajectories/rules";
import { completeDistribution, isSmallCell, suppressRow } from "@/lib/reports/rules";
import {
  COHORT_DIMENSIONS,
  type CohortDimension,
  type ReportFilter,
  type ReportId,
} from "@/lib/reports/schemas";
import {
  ADJUSTMENT_METRICS,
  CASELOAD_METRICS,
  COHORT_GROUPS,
  COHORT_METRICS,
  COMPLIANCE_METRICS,
  COMPLIANCE_RULES,
  FUNNEL_STAGES,
  REFERRAL_METRICS,
  type AdjustmentRow,
  type AdjustmentsReport,
  type CaseloadReport,
  type CaseloadRow,
  type CohortGroup,
  type CohortReport,
  type ComplianceCounts,
  type ComplianceReport,
  type ComplianceRule,
  type FunnelReport,
  type FunnelStage,
  type OutcomesReport,
  type ReferralRow,
  type ReferralsReport,
  type ReportById,
} from "@/lib/reports/types";
import { decodeCursor, encodeCursor } from "@/lib/pagination";
import { z } from "@/lib/validation";

type Sql = Prisma.Sql;

const COUNTED_ACTIVITY: ActivityStatus[] = [ActivityStatus.AUTHORISED, ActivityStatus.ENDED];

// --- population builders -----------------------------------------------------------------------------------

/** Team, region and coordinator select members (alias `m`). */
function memberConditions(filter: ReportFilter): Sql[] {
  const conditions: Sql[] = [];
  if (filter.team) conditions.push(Prisma.sql`m."teamId" = ${filter.team}::uuid`);
  if (filter.region) conditions.push(Prisma.sql`m."region" = ${filter.region}::"Region"`);
  if (filter.coordinator) conditions.push(Prisma.sql`m."coordinatorId" = ${filter.coordinator}::uuid`);
  return conditions;
}

/** Periods (alias `p`) that start within [from, to] and on or before asOf. */
function periodConditions(filter: ReportFilter): Sql[] {
  const conditions = [Prisma.sql`p."startDate" <= ${filter.asOf}::date`];
  if (filter.from) conditions.push(Prisma.sql`p."startDate" >= ${filter.from}::date`);
  if (filter.to) conditions.push(Prisma.sql`p."startDate" <= ${filter.to}::date`);
  return conditions;
}

/**
 * Runs one report statement with PostgreSQL's JIT compiler off for it: on these one-off aggregates the
 * compilation costs far more than it saves (at 500,000 members it took 2.7 s of the cohort's 3.3 s, for a
 * query that runs in 0.6 s without it). SET LOCAL ends with the statement's transaction.
 */
async function runReport<T>(statement: Sql): Promise<T[]> {
  const db = getDb();
  const [, rows] = await db.$transaction([db.$executeRaw`SET LOCAL jit = off`, db.$queryRaw<T[]>(statement)]);
  return rows;
}

function and(conditions: Sql[]): Sql {
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/** The cohort population: periods of the selected members, as a CTE body with the columns the reports use. */
function periodScope(filter: ReportFilter): Sql {
  return Prisma.sql`
    SELECT p."id", p."startDate", p."endDate", p."endReason", p."diagnosisGroup", m."sex", m."birthDate"
    FROM "IncapacityPeriod" p
    JOIN "Member" m ON m."id" = p."memberId"
    WHERE ${and([...periodConditions(filter), ...memberConditions(filter)])}`;
}

// --- cohort ------------------------------------------------------------------------------------------------

interface CohortSqlRow {
  population: number;
  dimension: string | null;
  group: string | null;
  periods: number | null;
  share: number | null;
  meanIncapacityDays: number | null;
  progressiveReturnRate: number | null;
  medianDaysToProgressiveReturn: number | null;
  medianProgressiveReturnDays: number | null;
  meanVolume: number | null;
  fullReturnRate: number | null;
}

const GROUPING_COLUMN: Record<CohortDimension, string> = {
  sex: 'k."sex"',
  diagnosis: 'k."diagnosis"',
  ageBand: 'k."ageBand"',
};

export function cohortSql(filter: ReportFilter): Sql {
  const asOf = Prisma.sql`${filter.asOf}::date`;
  const dimensions = filter.by ? [filter.by] : [...COHORT_DIMENSIONS];
  // With all three dimensions, GROUPING() tells which set a row belongs to; with one, there is one set.
  const dimensionColumn = filter.by
    ? Prisma.sql`${filter.by}::text`
    : Prisma.sql`CASE WHEN GROUPING(k."sex") = 0 THEN 'sex'
                      WHEN GROUPING(k."diagnosis") = 0 THEN 'diagnosis' ELSE 'ageBand' END`;
  const groupColumn = filter.by
    ? Prisma.raw(GROUPING_COLUMN[filter.by])
    : Prisma.sql`COALESCE(k."sex", k."diagnosis", k."ageBand")`;
  return Prisma.sql`
    WITH scope AS NOT MATERIALIZED (${periodScope(filter)}),
    counted AS (
      -- Counted activities (AUTHORISED or ENDED, started by asOf), per period: earliest start, the end of the
      -- progressive return (asOf when one is open or ends after asOf), and the earliest one's work fraction.
      SELECT a."periodId",
             min(a."startDate") AS "firstStart",
             CASE WHEN bool_or(a."endDate" IS NULL OR a."endDate" > ${asOf}) THEN ${asOf}
                  ELSE max(a."endDate") END AS "lastEnd",
             (array_agg(round(a."authorisedWeeklyHours" / a."referenceWeeklyHours" * 100, 2)
                        ORDER BY a."startDate", a."requestReceivedDate", a."id"))[1] AS "firstFraction"
      FROM "AuthorisedActivity" a
      WHERE a."status" IN (${Prisma.join(COUNTED_ACTIVITY.map((status) => Prisma.sql`${status}::"ActivityStatus"`))})
        AND a."startDate" <= ${asOf}
      GROUP BY a."periodId"
    ),
    cases AS (
      SELECT s."startDate",
             LEAST(COALESCE(s."endDate", ${asOf}), ${asOf}) - s."startDate" + 1 AS "incapacityDays",
             COALESCE(s."endDate" <= ${asOf} AND s."endReason" = 'FULL_RETURN', FALSE) AS "fullReturn",
             c."periodId" IS NOT NULL AS "hasPr",
             c."firstStart" - s."startDate" AS "daysToPr",
             c."lastEnd" - c."firstStart" + 1 AS "prDays",
             c."firstFraction",
             s."sex"::text AS "sex",
             CASE WHEN s."diagnosisGroup" = 'BURNOUT' THEN 'BURNOUT' ELSE 'OTHER' END AS "diagnosis",
             CASE WHEN extract(year FROM age(s."startDate", s."birthDate")) >= 55 THEN '55+' ELSE '<55' END
               AS "ageBand"
      FROM scope s
      LEFT JOIN counted c ON c."periodId" = s."id"
    ),
    grouped AS (
      -- One pass, one grouping set per dimension (the other dimensions' columns are null in a set's rows).
      SELECT ${dimensionColumn} AS "dimension", ${groupColumn} AS "group",
             count(*) AS n,
             avg(k."incapacityDays") AS "meanDays",
             count(*) FILTER (WHERE k."hasPr") AS "withPr",
             count(*) FILTER (WHERE k."hasPr" AND k."fullReturn") AS "prFullReturn",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY k."daysToPr") AS "medianToPr",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY k."prDays") AS "medianPr",
             avg(k."firstFraction") AS "meanVolume"
      FROM cases k
      GROUP BY GROUPING SETS (${Prisma.join(dimensions.map((dimension) => Prisma.raw(`(${GROUPING_COLUMN[dimension]})`)))})
    )
    SELECT pop.n::int AS "population",
           g."dimension", g."group",
           g.n::int AS "periods",
           round(100.0 * g.n / NULLIF(pop.n, 0), 1)::float8 AS "share",
           round(g."meanDays", 1)::float8 AS "meanIncapacityDays",
           round(100.0 * g."withPr" / NULLIF(g.n, 0), 1)::float8 AS "progressiveReturnRate",
           round(g."medianToPr"::numeric, 1)::float8 AS "medianDaysToProgressiveReturn",
           round(g."medianPr"::numeric, 1)::float8 AS "medianProgressiveReturnDays",
           round(g."meanVolume", 1)::float8 AS "meanVolume",
           round(100.0 * g."prFullReturn" / NULLIF(g."withPr", 0), 1)::float8 AS "fullReturnRate"
    FROM (SELECT count(*) AS n FROM scope) pop
    LEFT JOIN grouped g ON TRUE
    ORDER BY g."dimension", g."group"`;
}

export async function getCohortReport(filter: ReportFilter): Promise<CohortReport> {
  const rows = await runReport<CohortSqlRow>(cohortSql(filter));
  const population = rows[0]?.population ?? 0;
  const found = new Map(
    rows.filter((row) => row.dimension).map((row) => [`${row.dimension}|${row.group}`, row]),
  );
  const dimensions = filter.by ? [filter.by] : COHORT_DIMENSIONS;
  const groups: CohortGroup[] = dimensions.flatMap((dimension) =>
    COHORT_GROUPS[dimension].map((group) => {
      const row = found.get(`${dimension}|${group}`);
      const periods = row?.periods ?? 0;
      const metrics = Object.fromEntries(COHORT_METRICS.map((metric) => [metric, row?.[metric] ?? null]));
      return suppressRow(
        { dimension, group, periods, ...metrics } as Omit<CohortGroup, "suppressed">,
        periods,
        COHORT_METRICS,
      );
    }),
  );
  return { report: "cohort", filter, definitionsVersion: REPORT_DEFINITIONS_VERSION, population, groups };
}

// --- caseload ----------------------------------------------------------------------------------------------

export const CASELOAD_PAGE_SIZE = 50;
const ZCaseloadCursor = z.object({ name: z.string(), id: z.uuid() });

interface CaseloadSqlRow {
  kind: "coordinator" | "unassigned" | "total";
  coordinatorId: string | null;
  coordinatorName: string | null;
  members: number;
  membersInIncapacity: number;
  openTrajectories: number;
  overdueDeadlines: number;
  overdueTasks: number;
  contactsLast30Days: number;
}

/** Stands for "no coordinator" so that every per-coordinator join is a plain (hashable) equality. */
const NO_COORDINATOR = "00000000-0000-0000-0000-000000000000";

export function caseloadSql(
  filter: ReportFilter,
  page: { cursor?: string | null; limit?: number } = {},
): Sql {
  const asOf = Prisma.sql`${filter.asOf}::date`;
  const limit = page.limit ?? CASELOAD_PAGE_SIZE;
  const cursor = decodeCursor(page.cursor, ZCaseloadCursor);
  const inPeriod = filter.from || filter.to;
  const memberWhere = [...memberConditions(filter)];
  if (inPeriod) {
    memberWhere.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "IncapacityPeriod" p WHERE p."memberId" = m."id" AND ${and(periodConditions(filter))})`);
  }
  const after = cursor
    ? Prisma.sql`AND (u."name", u."id") > (${cursor.name}, ${cursor.id}::uuid)`
    : Prisma.empty;
  // Each fact is counted per coordinator straight away (a join with the population and a GROUP BY), never
  // per member: at 500,000 members that keeps the statement to a few hash joins of small results.
  return Prisma.sql`
    WITH pop AS NOT MATERIALIZED (
      SELECT m."id", COALESCE(m."coordinatorId", ${NO_COORDINATOR}::uuid) AS "coordinator"
      FROM "Member" m WHERE ${and(memberWhere)}
    ),
    members AS (
      SELECT pop."coordinator", count(*) AS n FROM pop GROUP BY pop."coordinator"
    ),
    incapacity AS (
      -- Periods never overlap (IncapacityPeriod_no_overlap): one running period per member at most.
      SELECT pop."coordinator", count(*) AS n
      FROM "IncapacityPeriod" p JOIN pop ON pop."id" = p."memberId"
      WHERE p."startDate" <= ${asOf} AND (p."endDate" IS NULL OR p."endDate" >= ${asOf})
      GROUP BY pop."coordinator"
    ),
    trajectories AS (
      SELECT pop."coordinator", count(*) AS n
      FROM "Trajectory" t JOIN pop ON pop."id" = t."memberId"
      WHERE t."referredDate" <= ${asOf} AND (t."endDate" IS NULL OR t."endDate" > ${asOf})
      GROUP BY pop."coordinator"
    ),
    deadlines AS (
      SELECT pop."coordinator", count(*) AS n
      FROM "Deadline" d JOIN pop ON pop."id" = d."memberId"
      WHERE d."owner" = 'COORDINATOR'
        AND d."dueDate" < ${asOf} AND (d."metDate" IS NULL OR d."metDate" > ${asOf})
      GROUP BY pop."coordinator"
    ),
    tasks AS (
      SELECT pop."coordinator", count(*) AS n
      FROM "Task" k JOIN pop ON pop."id" = k."memberId" AND pop."coordinator" = k."assigneeId"
      WHERE k."dueDate" < ${asOf} AND (k."doneDate" IS NULL OR k."doneDate" > ${asOf})
      GROUP BY pop."coordinator"
    ),
    contacts AS (
      -- The 30 Brussels calendar days ending on asOf, as instants (summer time handled by AT TIME ZONE).
      SELECT pop."coordinator", count(*) AS n
      FROM "Contact" c JOIN pop ON pop."id" = c."memberId"
      WHERE c."occurredAt" >= ((${asOf} - 29)::timestamp AT TIME ZONE 'Europe/Brussels')
        AND c."occurredAt" < ((${asOf} + 1)::timestamp AT TIME ZONE 'Europe/Brussels')
      GROUP BY pop."coordinator"
    ),
    per_coordinator AS (
      SELECT r."coordinator",
             r.n AS "members",
             COALESCE(i.n, 0) AS "membersInIncapacity",
             COALESCE(t.n, 0) AS "openTrajectories",
             COALESCE(d.n, 0) AS "overdueDeadlines",
             COALESCE(k.n, 0) AS "overdueTasks",
             COALESCE(c.n, 0) AS "contactsLast30Days"
      FROM members r
      LEFT JOIN incapacity i ON i."coordinator" = r."coordinator"
      LEFT JOIN trajectories t ON t."coordinator" = r."coordinator"
      LEFT JOIN deadlines d ON d."coordinator" = r."coordinator"
      LEFT JOIN tasks k ON k."coordinator" = r."coordinator"
      LEFT JOIN contacts c ON c."coordinator" = r."coordinator"
    ),
    page AS (
      SELECT u."id", u."name" FROM "User" u
      WHERE u."id" IN (SELECT "coordinator" FROM members) ${after}
      ORDER BY u."name", u."id"
      LIMIT ${limit + 1}
    ),
    rows AS (
      SELECT 'coordinator' AS "kind", page."id" AS "coordinatorId", page."name" AS "coordinatorName", pc.*
      FROM page JOIN per_coordinator pc ON pc."coordinator" = page."id"
      UNION ALL
      SELECT 'unassigned', NULL, NULL, pc.*
      FROM per_coordinator pc WHERE pc."coordinator" = ${NO_COORDINATOR}::uuid
      UNION ALL
      SELECT 'total', NULL, NULL, NULL, sum("members"), sum("membersInIncapacity"), sum("openTrajectories"),
             sum("overdueDeadlines"), sum("overdueTasks"), sum("contactsLast30Days")
      FROM per_coordinator
    )
    SELECT "kind", "coordinatorId"::text AS "coordinatorId", "coordinatorName",
           COALESCE("members", 0)::int AS "members",
           COALESCE("membersInIncapacity", 0)::int AS "membersInIncapacity",
           COALESCE("openTrajectories", 0)::int AS "openTrajectories",
           COALESCE("overdueDeadlines", 0)::int AS "overdueDeadlines",
           COALESCE("overdueTasks", 0)::int AS "overdueTasks",
           COALESCE("contactsLast30Days", 0)::int AS "contactsLast30Days"
    FROM rows
    ORDER BY "coordinatorName", "coordinatorId"`;
}

function caseloadRow(
  kind: CaseloadRow["kind"],
  row: CaseloadSqlRow | undefined,
  coordinator: { id: string | null; name: string | null } = { id: null, name: null },
): CaseloadRow {
  const members = row?.members ?? 0;
  const metrics = Object.fromEntries(CASELOAD_METRICS.map((metric) => [metric, row?.[metric] ?? 0]));
  return suppressRow(
    {
      kind,
      coordinatorId: coordinator.id,
      coordinatorName: coordinator.name,
      members,
      ...metrics,
    } as Omit<CaseloadRow, "suppressed">,
    members,
    CASELOAD_METRICS,
  );
}

export async function getCaseloadReport(
  filter: ReportFilter,
  page: { cursor?: string | null; limit?: number } = {},
): Promise<CaseloadReport> {
  const limit = page.limit ?? CASELOAD_PAGE_SIZE;
  const rows = await runReport<CaseloadSqlRow>(caseloadSql(filter, { ...page, limit }));
  const coordinators = rows.filter((row) => row.kind === "coordinator");
  const hasMore = coordinators.length > limit;
  const shown = coordinators.slice(0, limit);
  const last = shown.at(-1);
  return {
    report: "caseload",
    filter,
    definitionsVersion: REPORT_DEFINITIONS_VERSION,
    rows: shown.map((row) =>
      caseloadRow("coordinator", row, { id: row.coordinatorId, name: row.coordinatorName }),
    ),
    unassigned: caseloadRow(
      "unassigned",
      rows.find((row) => row.kind === "unassigned"),
    ),
    total: caseloadRow(
      "total",
      rows.find((row) => row.kind === "total"),
    ),
    nextCursor: hasMore && last ? encodeCursor({ name: last.coordinatorName, id: last.coordinatorId }) : null,
  };
}

// --- funnel ------------------------------------------------------------------------------------------------

interface FunnelSqlRow {
  stage: FunnelStage;
  periods: number;
  previous: number | null;
  shareOfPopulation: number | null;
  conversion: number | null;
}

export function funnelSql(filter: ReportFilter): Sql {
  const asOf = Prisma.sql`${filter.asOf}::date`;
  return Prisma.sql`
    WITH scope AS NOT MATERIALIZED (${periodScope(filter)}),
    -- The per-period facts are aggregated over whole tables and hash-joined to the population: cheaper than
    -- restricting each of them to the population first (which would compute the population four times).
    assessments AS (
      SELECT a."periodId", bool_or(a."category" = 4) AS "category4" FROM "CapacityAssessment" a
      WHERE a."assessedDate" <= ${asOf}
      GROUP BY a."periodId"
    ),
    -- A trajectory's plan is in progress from the Brussels calendar day of its first goal.
    goals AS (
      SELECT g."trajectoryId", min((g."createdAt" AT TIME ZONE 'Europe/Brussels')::date) AS "firstGoalDate"
      FROM "PlanGoal" g
      GROUP BY g."trajectoryId"
    ),
    trajectories AS (
      SELECT t."periodId",
             COALESCE(bool_or(t."invitedDate" <= ${asOf}), FALSE) AS "invited",
             COALESCE(bool_or(t."firstContactDate" <= ${asOf}), FALSE) AS "firstContact",
             -- Active from the later of the first contact and the first plan goal: both by asOf.
             COALESCE(bool_or(t."firstContactDate" <= ${asOf} AND g."firstGoalDate" <= ${asOf}), FALSE) AS "active",
             COALESCE(bool_or(t."status" = 'CLOSED' AND t."outcome" IS NOT NULL AND t."endDate" <= ${asOf}), FALSE)
               AS "closedWithOutcome"
      FROM "Trajectory" t
      LEFT JOIN goals g ON g."trajectoryId" = t."id"
      WHERE t."referredDate" <= ${asOf}
      GROUP BY t."periodId"
    ),
    flags AS (
      SELECT q."periodId" IS NOT NULL AS s2,
             a."periodId" IS NOT NULL AS s3,
             COALESCE(a."category4", FALSE) AS s4,
             COALESCE(t."invited", FALSE) AS s5,
             COALESCE(t."firstContact", FALSE) AS s6,
             COALESCE(t."active", FALSE) AS s7,
             COALESCE(t."closedWithOutcome", FALSE) AS s8
      FROM scope s
      LEFT JOIN "Questionnaire" q ON q."periodId" = s."id" AND q."returnedDate" <= ${asOf}
      LEFT JOIN assessments a ON a."periodId" = s."id"
      LEFT JOIN trajectories t ON t."periodId" = s."id"
    ),
    counts AS (
      SELECT count(*) AS c1,
             count(*) FILTER (WHERE s2) AS c2, count(*) FILTER (WHERE s3) AS c3,
             count(*) FILTER (WHERE s4) AS c4, count(*) FILTER (WHERE s5) AS c5,
             count(*) FILTER (WHERE s6) AS c6, count(*) FILTER (WHERE s7) AS c7,
             count(*) FILTER (WHERE s8) AS c8,
             count(*) FILTER (WHERE s3 AND s2) AS b3, count(*) FILTER (WHERE s4 AND s3) AS b4,
             count(*) FILTER (WHERE s5 AND s4) AS b5, count(*) FILTER (WHERE s6 AND s5) AS b6,
             count(*) FILTER (WHERE s7 AND s6) AS b7, count(*) FILTER (WHERE s8 AND s7) AS b8
      FROM flags
    ),
    stages AS (
      SELECT v."position", v."stage", v.n, v."both", counts.c1,
             lag(v.n) OVER (ORDER BY v."position") AS "previous"
      FROM counts
      CROSS JOIN LATERAL (VALUES
        (1, 'inIncapacity', c1, NULL::bigint), (2, 'questionnaireReturned', c2, c2),
        (3, 'categorised', c3, b3), (4, 'category4', c4, b4), (5, 'invited', c5, b5),
        (6, 'firstContact', c6, b6), (7, 'active', c7, b7), (8, 'closedWithOutcome', c8, b8)
      ) AS v("position", "stage", n, "both")
    )
    SELECT "stage", n::int AS "periods", "previous"::int AS "previous",
           round(100.0 * n / NULLIF(c1, 0), 1)::float8 AS "shareOfPopulation",
           round(100.0 * "both" / NULLIF("previous", 0), 1)::float8 AS "conversion"
    FROM stages
    ORDER BY "position"`;
}

export async function getFunnelReport(filter: ReportFilter): Promise<FunnelReport> {
  const rows = await runReport<FunnelSqlRow>(funnelSql(filter));
  const byStage = new Map(rows.map((row) => [row.stage, row]));
  const stages = FUNNEL_STAGES.map((stage, index) => {
    const row = byStage.get(stage);
    const periods = row?.periods ?? 0;
    const suppressed = suppressRow(
      {
        stage,
        periods,
        shareOfPopulation: row?.shareOfPopulation ?? null,
        conversion: index === 0 ? null : (row?.conversion ?? null),
      },
      periods,
      ["shareOfPopulation", "conversion"] as const,
    );
    // A conversion also rests on the previous stage: it is suppressed when that one is a small cell too.
    return index > 0 && isSmallCell(row?.previous ?? 0) ? { ...suppressed, conversion: null } : suppressed;
  });
  return { report: "funnel", filter, definitionsVersion: REPORT_DEFINITIONS_VERSION, stages };
}

// --- deadline compliance -----------------------------------------------------------------------------------

interface ComplianceSqlRow {
  kind: "rule" | "month" | "total";
  rule: ComplianceRule | null;
  month: string | null;
  due: number;
  metOnTime: number;
  metLate: number;
  overdue: number;
  openDueToday: number;
  onTimeRate: number | null;
  lateRate: number | null;
  overdueRate: number | null;
}

export function complianceSql(filter: ReportFilter): Sql {
  const asOf = Prisma.sql`${filter.asOf}::date`;
  const where = [
    Prisma.sql`d."owner" <> 'INFORMATION'`,
    Prisma.sql`d."rule" IN (${Prisma.join(COMPLIANCE_RULES.map((rule) => Prisma.sql`${rule}::"DeadlineRule"`))})`,
    Prisma.sql`d."dueDate" <= ${asOf}`,
    ...memberConditions(filter),
  ];
  if (filter.from) where.push(Prisma.sql`d."dueDate" >= ${filter.from}::date`);
  if (filter.to) where.push(Prisma.sql`d."dueDate" <= ${filter.to}::date`);
  return Prisma.sql`
    WITH due AS (
      SELECT d."rule"::text AS "rule",
             date_trunc('month', d."dueDate")::date AS "month",
             COALESCE(d."metDate" <= d."dueDate" AND d."metDate" <= ${asOf}, FALSE) AS "onTime",
             COALESCE(d."metDate" > d."dueDate" AND d."metDate" <= ${asOf}, FALSE) AS "late",
             (d."metDate" IS NULL OR d."metDate" > ${asOf}) AND d."dueDate" < ${asOf} AS "overdue",
             (d."metDate" IS NULL OR d."metDate" > ${asOf}) AND d."dueDate" = ${asOf} AS "dueToday"
      FROM "Deadline" d
      ${memberConditions(filter).length ? Prisma.sql`JOIN "Member" m ON m."id" = d."memberId"` : Prisma.empty}
      WHERE ${and(where)}
    )
    SELECT CASE WHEN GROUPING("rule") = 0 THEN 'rule' WHEN GROUPING("month") = 0 THEN 'month' ELSE 'total' END
             AS "kind",
           "rule", to_char("month", 'YYYY-MM-DD') AS "month",
           count(*)::int AS "due",
           count(*) FILTER (WHERE "onTime")::int AS "metOnTime",
           count(*) FILTER (WHERE "late")::int AS "metLate",
           count(*) FILTER (WHERE "overdue")::int AS "overdue",
           count(*) FILTER (WHERE "dueToday")::int AS "openDueToday",
           round(100.0 * count(*) FILTER (WHERE "onTime") / NULLIF(count(*), 0), 1)::float8 AS "onTimeRate",
           round(100.0 * count(*) FILTER (WHERE "late") / NULLIF(count(*), 0), 1)::float8 AS "lateRate",
           round(100.0 * count(*) FILTER (WHERE "overdue") / NULLIF(count(*), 0), 1)::float8 AS "overdueRate"
    FROM due
    GROUP BY GROUPING SETS (("rule"), ("month"), ())
    ORDER BY "kind", "rule", "month"`;
}

function complianceCounts(row: ComplianceSqlRow | undefined): ComplianceCounts {
  const due = row?.due ?? 0;
  const metrics = Object.fromEntries(COMPLIANCE_METRICS.map((metric) => [metric, row?.[metric] ?? null]));
  return suppressRow({ due, ...metrics } as Omit<ComplianceCounts, "suppressed">, due, COMPLIANCE_METRICS);
}

export async function getComplianceReport(filter: ReportFilter): Promise<ComplianceReport> {
  const rows = await runReport<ComplianceSqlRow>(complianceSql(filter));
  return {
    report: "compliance",
    filter,
    definitionsVersion: REPORT_DEFINITIONS_VERSION,
    rules: COMPLIANCE_RULES.map((rule) => ({
      rule,
      ...complianceCounts(rows.find((row) => row.kind === "rule" && row.rule === rule)),
    })),
    months: rows
      .filter((row) => row.kind === "month" && row.month)
      .map((row) => ({ month: row.month!, ...complianceCounts(row) })),
    total: complianceCounts(rows.find((row) => row.kind === "total")),
  };
}

// --- outcome and stop-reason distributions -----------------------------------------------------------------

interface DistributionSqlRow {
  distribution: string;
  key: string;
  count: number;
  share: number | null;
}

export function outcomesSql(filter: ReportFilter): Sql {
  const asOf = Prisma.sql`${filter.asOf}::date`;
  return Prisma.sql`
    WITH scope AS NOT MATERIALIZED (${periodScope(filter)}),
    ended AS (
      SELECT t."status"::text AS "status", t."outcome"::text AS "outcome", t."stopReason"::text AS "stopReason"
      FROM "Trajectory" t
      WHERE t."periodId" IN (SELECT "id" FROM scope)
        AND t."status"::text IN (${Prisma.join(ENDING_STATUSES)})
        AND t."endDate" <= ${asOf}
    )
    SELECT 'endings' AS "distribution", "status" AS "key", count(*)::int AS "count",
           round(100.0 * count(*) / sum(count(*)) OVER (), 1)::float8 AS "share"
    FROM ended GROUP BY "status"
    UNION ALL
    SELECT 'outcomes', "outcome", count(*)::int, round(100.0 * count(*) / sum(count(*)) OVER (), 1)::float8
    FROM ended WHERE "outcome" IS NOT NULL GROUP BY "outcome"
    UNION ALL
    SELECT 'stopReasons', "stopReason", count(*)::int,
           round(100.0 * count(*) / sum(count(*)) OVER (), 1)::float8
    FROM ended WHERE "stopReason" IS NOT NULL GROUP BY "stopReason"`;
}

function distributionOf(rows: DistributionSqlRow[], name: string, keys: readonly string[]) {
  return completeDistribution(
    keys,
    rows.filter((row) => row.distribution === name),
  );
}

export async function getOutcomesReport(filter: ReportFilter): Promise<OutcomesReport> {
  const rows = await runReport<DistributionSqlRow>(outcomesSql(filter));
  return {
    report: "outcomes",
    filter,
    definitionsVersion: REPORT_DEFINITIONS_VERSION,
    endings: distributionOf(rows, "endings", ENDING_STATUSES),
    outcomes: distributionOf(rows, "outcomes", Object.values(TrajectoryOutcome)),
    stopReasons: distributionOf(rows, "stopReasons", Object.values(StopReason)),
  };
}

// --- referrals ---------------------------------------------------------------------------------------------

interface ReferralSqlRow {
  target: string;
  referrals: number;
  share: number | null;
  answeredRate: number | null;
  medianResponseDays: number | null;
  unansweredOverdue: number;
}

export function referralsSql(filter: ReportFilter): Sql {
  const asOf = Prisma.sql`${filter.asOf}::date`;
  return Prisma.sql`
    WITH scope AS NOT MATERIALIZED (${periodScope(filter)}),
    sent AS (
      SELECT r."target"::text AS "target", r."status"::text AS "status", r."sentDate",
             r."expectedResponseDate",
             CASE WHEN r."responseDate" <= ${asOf} THEN r."responseDate" END AS "responseDate"
      FROM "Referral" r
      JOIN "Trajectory" t ON t."id" = r."trajectoryId"
      WHERE t."periodId" IN (SELECT "id" FROM scope) AND r."sentDate" <= ${asOf}
    )
    SELECT CASE WHEN GROUPING("target") = 1 THEN 'ALL' ELSE "target" END AS "target",
           count(*)::int AS "referrals",
           round(100.0 * count(*) / NULLIF((SELECT count(*) FROM sent), 0), 1)::float8 AS "share",
           round(100.0 * count("responseDate") / NULLIF(count(*), 0), 1)::float8 AS "answeredRate",
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY "responseDate" - "sentDate"))::numeric, 1)::float8
             AS "medianResponseDays",
           count(*) FILTER (WHERE "responseDate" IS NULL AND "status" <> 'CANCELLED'
                              AND "expectedResponseDate" < ${asOf})::int AS "unansweredOverdue"
    FROM sent
    GROUP BY GROUPING SETS (("target"), ())`;
}

function referralRow(target: string, row: ReferralSqlRow | undefined): ReferralRow {
  const referrals = row?.referrals ?? 0;
  const metrics = Object.fromEntries(REFERRAL_METRICS.map((metric) => [metric, row?.[metric] ?? null]));
  return suppressRow(
    { target, referrals, ...metrics } as Omit<ReferralRow, "suppressed">,
    referrals,
    REFERRAL_METRICS,
  );
}

export async function getReferralsReport(filter: ReportFilter): Promise<ReferralsReport> {
  const rows = await runReport<ReferralSqlRow>(referralsSql(filter));
  const byTarget = new Map(rows.map((row) => [row.target, row]));
  return {
    report: "referrals",
    filter,
    definitionsVersion: REPORT_DEFINITIONS_VERSION,
    targets: Object.values(ReferralTarget).map((target) => referralRow(target, byTarget.get(target))),
    total: referralRow("ALL", byTarget.get("ALL")),
  };
}

// --- work adjustments --------------------------------------------------------------------------------------

interface AdjustmentSqlRow {
  part: "type" | "reason";
  key: string;
  count: number;
  decided: number | null;
  granted: number | null;
  partiallyGranted: number | null;
  refused: number | null;
  grantRate: number | null;
  fullGrantRate: number | null;
  share: number | null;
}

export function adjustmentsSql(filter: ReportFilter): Sql {
  const asOf = Prisma.sql`${filter.asOf}::date`;
  return Prisma.sql`
    WITH scope AS NOT MATERIALIZED (${periodScope(filter)}),
    requested AS (
      SELECT w."type"::text AS "type", w."status"::text AS "status", w."refusalReason"::text AS "reason",
             COALESCE(w."decidedDate" <= ${asOf}, FALSE)
               AND w."status" IN ('GRANTED', 'PARTIALLY_GRANTED', 'REFUSED') AS "decided"
      FROM "WorkAdjustment" w
      JOIN "Trajectory" t ON t."id" = w."trajectoryId"
      WHERE t."periodId" IN (SELECT "id" FROM scope) AND w."requestedDate" <= ${asOf}
    )
    SELECT 'type' AS "part", CASE WHEN GROUPING("type") = 1 THEN 'ALL' ELSE "type" END AS "key",
           count(*)::int AS "count",
           count(*) FILTER (WHERE "decided")::int AS "decided",
           count(*) FILTER (WHERE "decided" AND "status" = 'GRANTED')::int AS "granted",
           count(*) FILTER (WHERE "decided" AND "status" = 'PARTIALLY_GRANTED')::int AS "partiallyGranted",
           count(*) FILTER (WHERE "decided" AND "status" = 'REFUSED')::int AS "refused",
           round(100.0 * count(*) FILTER (WHERE "decided" AND "status" IN ('GRANTED', 'PARTIALLY_GRANTED'))
                 / NULLIF(count(*) FILTER (WHERE "decided"), 0), 1)::float8 AS "grantRate",
           round(100.0 * count(*) FILTER (WHERE "decided" AND "status" = 'GRANTED')
                 / NULLIF(count(*) FILTER (WHERE "decided"), 0), 1)::float8 AS "fullGrantRate",
           NULL::float8 AS "share"
    FROM requested
    GROUP BY GROUPING SETS (("type"), ())
    UNION ALL
    SELECT 'reason', "reason", count(*)::int, NULL, NULL, NULL, NULL, NULL, NULL,
           round(100.0 * count(*) / sum(count(*)) OVER (), 1)::float8
    FROM requested
    WHERE "decided" AND "reason" IS NOT NULL
    GROUP BY "reason"`;
}

function adjustmentRow(type: string, row: AdjustmentSqlRow | undefined): AdjustmentRow {
  const requested = row?.count ?? 0;
  const metrics = Object.fromEntries(ADJUSTMENT_METRICS.map((metric) => [metric, row?.[metric] ?? null]));
  return suppressRow(
    { type, requested, ...metrics } as Omit<AdjustmentRow, "suppressed">,
    requested,
    ADJUSTMENT_METRICS,
  );
}

export async function getAdjustmentsReport(filter: ReportFilter): Promise<AdjustmentsReport> {
  const rows = await runReport<AdjustmentSqlRow>(adjustmentsSql(filter));
  const types = new Map(rows.filter((row) => row.part === "type").map((row) => [row.key, row]));
  return {
    report: "adjustments",
    filter,
    definitionsVersion: REPORT_DEFINITIONS_VERSION,
    types: Object.values(AdjustmentType).map((type) => adjustmentRow(type, types.get(type))),
    total: adjustmentRow("ALL", types.get("ALL")),
    refusalReasons: completeDistribution(
      Object.values(AdjustmentRefusalReason),
      rows.filter((row) => row.part === "reason"),
    ),
  };
}

// --- dispatch ----------------------------------------------------------------------------------------------

export interface ReportOptions {
  /** Caseload only: keyset page of coordinators. */
  cursor?: string | null;
  limit?: number;
}

export async function getReport<T extends ReportId>(
  report: T,
  filter: ReportFilter,
  options: ReportOptions = {},
): Promise<ReportById<T>> {
  const run: { [K in ReportId]: () => Promise<ReportById<K>> } = {
    cohort: () => getCohortReport(filter),
    caseload: () => getCaseloadReport(filter, options),
    funnel: () => getFunnelReport(filter),
    compliance: () => getComplianceReport(filter),
    outcomes: () => getOutcomesReport(filter),
    referrals: () => getReferralsReport(filter),
    adjustments: () => getAdjustmentsReport(filter),
  };
  return (await run[report]()) as ReportById<T>;
}

/** The SQL statement of a report (for the benchmark, which runs it next to the application function). */
export function reportSql(report: ReportId, filter: ReportFilter): Sql {
  const build: Record<ReportId, (filter: ReportFilter) => Sql> = {
    cohort: cohortSql,
    caseload: (f) => caseloadSql(f),
    funnel: funnelSql,
    compliance: complianceSql,
    outcomes: outcomesSql,
    referrals: referralsSql,
    adjustments: adjustmentsSql,
  };
  return build[report](filter);
}

// --- filter choices ----------------------------------------------------------------------------------------

const isUuid = (value: string) => z.uuid().safeParse(value).success;

export interface ReportFilterOptions {
  teams: { id: string; name: string }[];
  coordinators: { id: string; name: string; isActive: boolean }[];
}

/**
 * Teams and coordinators to choose from: a fund has tens of teams; its coordinators, possibly thousands, are
 * narrowed to the chosen team (and the chosen coordinator is always offered, so the form shows it).
 */
export async function getReportFilterOptions(
  selected: { team?: string | null; coordinator?: string | null } = {},
): Promise<ReportFilterOptions> {
  const db = getDb();
  const team = selected.team && isUuid(selected.team) ? selected.team : null;
  const coordinator = selected.coordinator && isUuid(selected.coordinator) ? selected.coordinator : null;
  const [teams, coordinators] = await Promise.all([
    db.team.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
    db.user.findMany({
      where: {
        role: "COORDINATOR",
        ...(team ? { OR: [{ teamId: team }, ...(coordinator ? [{ id: coordinator }] : [])] } : {}),
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, isActive: true },
    }),
  ]);
  return { teams, coordinators };
}

/** Names of the team and coordinator a filter selects (for file names and captions). */
export async function getFilterNames(
  filter: ReportFilter,
): Promise<{ team: string | null; coordinator: string | null }> {
  const db = getDb();
  const [team, coordinator] = await Promise.all([
    filter.team ? db.team.findUnique({ where: { id: filter.team }, select: { name: true } }) : null,
    filter.coordinator
      ? db.user.findUnique({ where: { id: filter.coordinator }, select: { name: true } })
      : null,
  ]);
  return { team: team?.name ?? null, coordinator: coordinator?.name ?? null };
}
