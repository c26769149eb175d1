// Writes generated rows in batches: one transaction per batch, one INSERT … SELECT FROM unnest(…) per table
// (one array parameter per column), and one audit row per batch ("seed" created N members) instead of one per
// row. Rows arrive already validated by the application's schemas and rules; the database checks them again
// (foreign keys, checks, the exclusion constraint on incapacity periods).
import "server-only";

import type pg from "pg";

import { ROW_TABLES, type EmployerRow, type MemberFileRows, type RowTable } from "@/prisma/generator/rows";

type Row = Record<string, unknown>;

/** Column name → PostgreSQL array type of its parameter. */
type Columns = readonly (readonly [string, string])[];

const AUTHORED: Columns = [
  ["version", "int"],
  ["createdAt", "timestamptz"],
  ["updatedAt", "timestamptz"],
  ["createdById", "uuid"],
  ["updatedById", "uuid"],
];

const e = (name: string) => `"${name}"`;

export const TABLES = {
  employers: {
    table: "Employer",
    columns: [
      ["id", "uuid"],
      ["name", "text"],
      ["kbo", "text"],
      ["externalId", "text"],
      ["sizeBand", e("EmployerSize")],
      ["sector", e("NaceSection")],
      ["postalCode", "text"],
      ["contactName", "text"],
      ["contactEmail", "text"],
      ["contactPhone", "text"],
      ...AUTHORED,
    ],
  },
  member: {
    table: "Member",
    columns: [
      ["id", "uuid"],
      ["insz", "text"],
      ["externalId", "text"],
      ["firstName", "text"],
      ["lastName", "text"],
      ["searchName", "text"],
      ["birthDate", "date"],
      ["sex", e("Sex")],
      ["language", e("MemberLanguage")],
      ["region", e("Region")],
      ["postalCode", "text"],
      ["municipality", "text"],
      ["address", "text"],
      ["phone", "text"],
      ["email", "text"],
      ["statute", e("Statute")],
      ["workType", e("WorkType")],
      ["workRegime", e("WorkRegime")],
      ["referenceWeeklyHours", "numeric"],
      ["sector", e("NaceSection")],
      ["employerId", "uuid"],
      ["teamId", "uuid"],
      ["coordinatorId", "uuid"],
      ...AUTHORED,
    ],
  },
  periods: {
    table: "IncapacityPeriod",
    columns: [
      ["id", "uuid"],
      ["memberId", "uuid"],
      ["startDate", "date"],
      ["endDate", "date"],
      ["endReason", e("IncapacityEndReason")],
      ["diagnosisGroup", e("DiagnosisGroup")],
      ["certificateContent", "text"],
      ["declarationDate", "date"],
      ["relapseOfId", "uuid"],
      ...AUTHORED,
    ],
  },
  questionnaires: {
    table: "Questionnaire",
    columns: [
      ["id", "uuid"],
      ["periodId", "uuid"],
      ["sentDate", "date"],
      ["dueDate", "date"],
      ["returnedDate", "date"],
      ["helpOfferedDate", "date"],
      ...AUTHORED,
    ],
  },
  assessments: {
    table: "CapacityAssessment",
    columns: [
      ["id", "uuid"],
      ["periodId", "uuid"],
      ["memberId", "uuid"],
      ["category", "int"],
      ["assessedDate", "date"],
      ["functionalLimitations", "text"],
      ["medicalNotes", "text"],
      ["nextReviewDate", "date"],
      ["physicianId", "uuid"],
      ...AUTHORED,
    ],
  },
  trajectories: {
    table: "Trajectory",
    columns: [
      ["id", "uuid"],
      ["memberId", "uuid"],
      ["periodId", "uuid"],
      ["initiative", e("TrajectoryInitiative")],
      ["status", e("TrajectoryStatus")],
      ["coordinatorId", "uuid"],
      ["goAheadDate", "date"],
      ["referredDate", "date"],
      ["invitedDate", "date"],
      ["firstContactDate", "date"],
      ["endDate", "date"],
      ["stopReason", e("StopReason")],
      ["outcome", e("TrajectoryOutcome")],
      ["endNote", "text"],
      ...AUTHORED,
    ],
  },
  transitions: {
    table: "TrajectoryTransition",
    columns: [
      ["id", "uuid"],
      ["trajectoryId", "uuid"],
      ["fromStatus", e("TrajectoryStatus")],
      ["toStatus", e("TrajectoryStatus")],
      ["date", "date"],
      ["note", "text"],
      ["createdAt", "timestamptz"],
      ["createdById", "uuid"],
    ],
  },
  goals: {
    table: "PlanGoal",
    columns: [
      ["id", "uuid"],
      ["trajectoryId", "uuid"],
      ["description", "text"],
      ["targetDate", "date"],
      ["achievedDate", "date"],
      ["position", "int"],
      ...AUTHORED,
    ],
  },
  actions: {
    table: "PlanAction",
    columns: [
      ["id", "uuid"],
      ["trajectoryId", "uuid"],
      ["goalId", "uuid"],
      ["description", "text"],
      ["actor", "text"],
      ["dueDate", "date"],
      ["doneDate", "date"],
      ...AUTHORED,
    ],
  },
  consents: {
    table: "Consent",
    columns: [
      ["id", "uuid"],
      ["trajectoryId", "uuid"],
      ["memberId", "uuid"],
      ["party", e("ThirdParty")],
      ["partyName", "text"],
      ["purposeCode", e("ConsentPurpose")],
      ["purpose", "text"],
      ["givenDate", "date"],
      ["withdrawnDate", "date"],
      ...AUTHORED,
    ],
  },
  contacts: {
    table: "Contact",
    columns: [
      ["id", "uuid"],
      ["trajectoryId", "uuid"],
      ["memberId", "uuid"],
      ["occurredAt", "timestamptz"],
      ["channel", e("ContactChannel")],
      ["party", e("ContactParty")],
      ["durationMinutes", "int"],
      ["summary", "text"],
      ["nextAction", "text"],
      ["followUpDate", "date"],
      ["followUpDoneAt", "timestamptz"],
      ["authorId", "uuid"],
      ["correctsId", "uuid"],
      ["version", "int"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ],
  },
  referrals: {
    table: "Referral",
    columns: [
      ["id", "uuid"],
      ["trajectoryId", "uuid"],
      ["memberId", "uuid"],
      ["target", e("ReferralTarget")],
      ["organisation", "text"],
      ["sentDate", "date"],
      ["expectedResponseDate", "date"],
      ["status", e("ReferralStatus")],
      ["responseDate", "date"],
      ["outcomeNote", "text"],
      ...AUTHORED,
    ],
  },
  adjustments: {
    table: "WorkAdjustment",
    columns: [
      ["id", "uuid"],
      ["trajectoryId", "uuid"],
      ["memberId", "uuid"],
      ["employerId", "uuid"],
      ["type", e("AdjustmentType")],
      ["description", "text"],
      ["requestedDate", "date"],
      ["status", e("AdjustmentStatus")],
      ["decidedDate", "date"],
      ["refusalReason", e("AdjustmentRefusalReason")],
      ["explanationGiven", "boolean"],
      ["motivatedReportDate", "date"],
      ...AUTHORED,
    ],
  },
  activities: {
    table: "AuthorisedActivity",
    columns: [
      ["id", "uuid"],
      ["memberId", "uuid"],
      ["periodId", "uuid"],
      ["trajectoryId", "uuid"],
      ["employerId", "uuid"],
      ["requestReceivedDate", "date"],
      ["startDate", "date"],
      ["natureOfWork", "text"],
      ["requestedWeeklyHours", "numeric"],
      ["authorisedWeeklyHours", "numeric"],
      ["referenceWeeklyHours", "numeric"],
      ["employerCoSigned", "boolean"],
      ["status", e("ActivityStatus")],
      ["decisionDate", "date"],
      ["deciderId", "uuid"],
      ["conditions", "text"],
      ["validUntil", "date"],
      ["nextReviewDate", "date"],
      ["refusalReason", "text"],
      ["endDate", "date"],
      ["endReason", e("ActivityEndReason")],
      ...AUTHORED,
    ],
  },
  decisions: {
    table: "AuthorisedActivityDecision",
    columns: [
      ["id", "uuid"],
      ["activityId", "uuid"],
      ["kind", e("ActivityDecisionKind")],
      ["decisionDate", "date"],
      ["physicianId", "uuid"],
      ["authorisedWeeklyHours", "numeric"],
      ["conditions", "text"],
      ["validUntil", "date"],
      ["nextReviewDate", "date"],
      ["refusalReason", "text"],
      ["createdAt", "timestamptz"],
    ],
  },
  tasks: {
    table: "Task",
    columns: [
      ["id", "uuid"],
      ["memberId", "uuid"],
      ["assigneeId", "uuid"],
      ["kind", e("TaskKind")],
      ["title", "text"],
      ["dueDate", "date"],
      ["doneDate", "date"],
      ...AUTHORED,
    ],
  },
  deadlines: {
    table: "Deadline",
    columns: [
      ["id", "uuid"],
      ["memberId", "uuid"],
      ["rule", e("DeadlineRule")],
      ["subjectId", "uuid"],
      ["cycle", "int"],
      ["regime", e("Regime")],
      ["owner", e("DeadlineOwner")],
      ["dueDate", "date"],
      ["metDate", "date"],
      ["anchorDate", "date"],
      ["variant", e("DeadlineVariant")],
    ],
  },
} satisfies Record<RowTable | "member" | "employers", { table: string; columns: Columns }>;

/** The member first, then its rows in foreign-key order. */
const ORDER: readonly (RowTable | "member")[] = ["member", ...ROW_TABLES];

function sqlValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}

async function insertRows(client: pg.PoolClient, spec: { table: string; columns: Columns }, rows: Row[]) {
  if (!rows.length) return;
  const names = spec.columns.map(([name]) => `"${name}"`).join(", ");
  const params = spec.columns.map(([name]) => rows.map((row) => sqlValue(row[name])));
  const unnest = spec.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  await client.query(`INSERT INTO "${spec.table}" (${names}) SELECT * FROM unnest(${unnest})`, params);
}

export type RowCounts = Record<string, number>;

export async function writeEmployers(pool: pg.Pool, rows: EmployerRow[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (let i = 0; i < rows.length; i += 5000) {
      await insertRows(client, TABLES.employers, rows.slice(i, i + 5000) as unknown as Row[]);
    }
    await client.query(
      `INSERT INTO "AuditEvent" ("actorEmail", "action", "entity", "changes") VALUES ('seed', 'CREATE', 'Employer', $1)`,
      [JSON.stringify({ count: rows.length })],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/** Columns that only exist once the physician-workflow migration is applied (written when present). */
const QUESTIONNAIRE_READ: Columns = [
  ["physicianReadAt", "timestamptz"],
  ["physicianReadById", "uuid"],
];

export interface WriteOptions {
  /** The database has Questionnaire.physicianReadAt/physicianReadById. */
  questionnaireRead: boolean;
}

/** Which optional columns the database has. */
export async function detectWriteOptions(pool: pg.Pool): Promise<WriteOptions> {
  const { rows } = await pool.query(
    `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
       AND table_name = 'Questionnaire' AND column_name = 'physicianReadAt'`,
  );
  return { questionnaireRead: rows.length > 0 };
}

/** One batch of member files in one transaction; returns the rows written per table. */
export async function writeMemberFiles(
  pool: pg.Pool,
  files: MemberFileRows[],
  options: WriteOptions,
): Promise<RowCounts> {
  const counts: RowCounts = {};
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const key of ORDER) {
      const rows =
        key === "member"
          ? (files.map((file) => file.member) as unknown as Row[])
          : files.flatMap((file) => file[key] as unknown as Row[]);
      const spec =
        key === "questionnaires" && options.questionnaireRead
          ? { ...TABLES.questionnaires, columns: [...TABLES.questionnaires.columns, ...QUESTIONNAIRE_READ] }
          : TABLES[key];
      await insertRows(client, spec, rows);
      counts[TABLES[key].table] = rows.length;
    }
    await client.query(
      `INSERT INTO "AuditEvent" ("actorEmail", "action", "entity", "changes") VALUES ('seed', 'CREATE', 'Member', $1)`,
      [JSON.stringify({ count: files.length })],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  return counts;
}
