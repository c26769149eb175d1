// The generator against a real database: a few hundred members written batch by batch, then read back and
// checked — every constraint, the application's rules, the stored deadlines, the medical fields.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";

import { fromDbDate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { loadMemberFile } from "@/lib/deadlines/refresh";
import { computeDeadlines } from "@/lib/deadlines/rules";
import { generateMembers, type GenerateResult } from "@/prisma/generator/generate";
import { COORDINATORS_PER_TEAM, staffNeeded } from "@/prisma/generator/model";
import { ensureStaff } from "@/prisma/generator/organisation";
import { emptyMemberFileRows, type MemberFileRows, type RowTable } from "@/prisma/generator/rows";
import { verifyMemberFile } from "@/prisma/generator/verify";
import { TABLES } from "@/prisma/generator/writer";

import { testDatabaseUrl } from "../../tests/support/db-setup";

const TODAY = "2026-11-22";
const MEMBERS = 300;
let result: GenerateResult;

async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  // Calendar dates as "YYYY-MM-DD", decimals as numbers, the way the generator builds rows.
  client.setTypeParser(1082, (value: string) => value);
  client.setTypeParser(1700, (value: string) => Number(value));
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Every stored member file, read back table by table into the generator's row shape. */
async function loadFiles(): Promise<MemberFileRows[]> {
  const load = async (key: RowTable | "member") => {
    const spec = TABLES[key];
    return sql<Record<string, unknown>>(
      `SELECT ${spec.columns.map(([name]) => `"${name}"`).join(", ")} FROM "${spec.table}"`,
    );
  };
  const members = await load("member");
  const files = new Map<string, MemberFileRows>();
  for (const member of members) {
    files.set(member.id as string, {
      member: member as never,
      ...emptyMemberFileRows(),
    });
  }
  const owner = new Map<string, string>();
  const add = (
    table: RowTable,
    rows: Record<string, unknown>[],
    parent: (row: Record<string, unknown>) => string,
  ) => {
    for (const row of rows) {
      const memberId = (row.memberId as string | undefined) ?? owner.get(parent(row))!;
      owner.set(row.id as string, memberId);
      (files.get(memberId)![table] as unknown[]).push(row);
    }
  };
  add("periods", await load("periods"), () => "");
  add("questionnaires", await load("questionnaires"), (row) => row.periodId as string);
  add("assessments", await load("assessments"), () => "");
  add("trajectories", await load("trajectories"), () => "");
  add("transitions", await load("transitions"), (row) => row.trajectoryId as string);
  add("goals", await load("goals"), (row) => row.trajectoryId as string);
  add("actions", await load("actions"), (row) => row.trajectoryId as string);
  for (const key of ["consents", "contacts", "referrals", "adjustments", "activities"] as const) {
    add(key, await load(key), () => "");
  }
  add("decisions", await load("decisions"), (row) => row.activityId as string);
  add("tasks", await load("tasks"), () => "");
  add("deadlines", await load("deadlines"), () => "");
  return [...files.values()];
}

describe("generateMembers on a fresh database", () => {
  beforeAll(async () => {
    result = await generateMembers({
      members: MEMBERS,
      seed: 11,
      today: TODAY,
      log: () => {},
      batchSize: 100,
    });
  }, 120_000);

  it("writes the members in batches, with one audit row per batch", async () => {
    expect(result.members).toBe(MEMBERS);
    expect(await getDb().member.count({ where: { externalId: { startsWith: "G11-" } } })).toBe(MEMBERS);
    const audits = await getDb().auditEvent.findMany({ where: { entity: "Member", actorEmail: "seed" } });
    expect(audits.map((audit) => audit.changes)).toEqual([{ count: 100 }, { count: 100 }, { count: 100 }]);
    expect(audits.every((audit) => audit.action === "CREATE")).toBe(true);
    const tables = Object.entries(result.rows)
      .filter(([, count]) => count > 0)
      .map(([table]) => table);
    expect(tables).toEqual(
      expect.arrayContaining(["Trajectory", "Contact", "Referral", "AuthorisedActivity", "Deadline"]),
    );
  });

  it("keeps every check constraint true for every row, and no two periods of a member overlap", async () => {
    const checks = await sql<{ table: string; name: string; definition: string }>(
      `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE c.contype = 'c' AND n.nspname = current_schema()`,
    );
    expect(checks.length).toBeGreaterThan(20);
    const violated: string[] = [];
    for (const check of checks) {
      const expression = check.definition.replace(/^CHECK \((.*)\)( NOT VALID)?$/s, "$1");
      const [row] = await sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM ${check.table} WHERE NOT (${expression})`,
      );
      if (row!.count) violated.push(`${check.name}: ${row!.count}`);
    }
    expect(violated).toEqual([]);
    const [periods] = await sql<{ overlaps: number; open: number }>(
      `SELECT (SELECT count(*)::int FROM "IncapacityPeriod" a JOIN "IncapacityPeriod" b
                 ON a."memberId" = b."memberId" AND a.id < b.id
                AND daterange(a."startDate", a."endDate", '[]') && daterange(b."startDate", b."endDate", '[]')) AS overlaps,
              (SELECT count(*)::int FROM (SELECT "memberId" FROM "IncapacityPeriod" WHERE "endDate" IS NULL
                 GROUP BY 1 HAVING count(*) > 1) x) AS open`,
    );
    expect(periods).toEqual({ overlaps: 0, open: 0 });
  });

  it("stores exactly the deadlines the engine computes from each stored file", async () => {
    const db = getDb();
    const members = await db.member.findMany({ select: { id: true } });
    const mismatches: string[] = [];
    for (const { id } of members) {
      const expected = computeDeadlines(await loadMemberFile(db, id)).map(
        (d) =>
          `${d.rule}|${d.subjectId}|${d.cycle}|${d.regime}|${d.owner}|${d.dueDate}|${d.metDate}|${d.anchorDate}|${d.variant}`,
      );
      const stored = (await db.deadline.findMany({ where: { memberId: id } })).map(
        (d) =>
          `${d.rule}|${d.subjectId}|${d.cycle}|${d.regime}|${d.owner}|${fromDbDate(d.dueDate)}|${fromDbDate(d.metDate)}|${fromDbDate(d.anchorDate)}|${d.variant}`,
      );
      if (expected.sort().join("\n") !== stored.sort().join("\n")) mismatches.push(id);
    }
    expect(mismatches).toEqual([]);
    expect(await db.deadline.count()).toBeGreaterThan(MEMBERS * 2);
  });

  it("reads back as files that pass the application's rules", async () => {
    const users = await sql<{ id: string; role: string; teamId: string }>(
      `SELECT id, role, "teamId" FROM "User"`,
    );
    const physicians = new Set(users.filter((u) => u.role === "ADVISING_PHYSICIAN").map((u) => u.id));
    const coordinators = new Set(users.filter((u) => u.role === "COORDINATOR").map((u) => u.id));
    const teamOf = new Map(users.map((u) => [u.id, u.teamId]));
    const files = await loadFiles();
    expect(files).toHaveLength(MEMBERS);
    const problems = files.flatMap((file) =>
      verifyMemberFile(file, { today: TODAY, referralResponseDays: 30, physicians, coordinators, teamOf }),
    );
    expect(problems).toEqual([]);
  });

  it("leaves no medical field empty where a physician wrote one", async () => {
    const [counts] = await sql<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM "IncapacityPeriod" p JOIN "User" u ON u.id = p."createdById"
                WHERE u.role = 'ADVISING_PHYSICIAN' AND (p."diagnosisGroup" IS NULL OR p."certificateContent" IS NULL)) AS periods,
              (SELECT count(*)::int FROM "CapacityAssessment" a JOIN "User" u ON u.id = a."physicianId"
                WHERE u.role <> 'ADVISING_PHYSICIAN' OR a."medicalNotes" IS NULL OR trim(a."functionalLimitations") = '') AS assessments,
              (SELECT count(*)::int FROM "AuthorisedActivityDecision" d JOIN "User" u ON u.id = d."physicianId"
                WHERE u.role <> 'ADVISING_PHYSICIAN') AS decisions,
              (SELECT count(*)::int FROM "CapacityAssessment") AS written`,
    );
    expect(counts).toEqual({ periods: 0, assessments: 0, decisions: 0, written: expect.any(Number) });
    expect(counts!.written).toBeGreaterThan(MEMBERS / 2);
  });

  it("refuses to load the same seed twice", async () => {
    await expect(generateMembers({ members: 10, seed: 11, today: TODAY, log: () => {} })).rejects.toThrow(
      /already holds 300 members generated with seed 11/,
    );
  });
});

describe("staff for a large fund", () => {
  it("comes in teams of a handful of coordinators with their physician, many per region, made once", async () => {
    const staff = await ensureStaff(20_000, () => {});
    const db = getDb();
    for (const region of ["FLANDERS", "WALLONIA", "BRUSSELS", "GERMAN_SPEAKING"] as const) {
      const need = staffNeeded(region, 20_000);
      expect(staff[region].teams).toHaveLength(need.teams);
      expect(staff[region].coordinators.length).toBeGreaterThanOrEqual(need.coordinators);
      for (const team of staff[region].teams) {
        const stored = await db.team.findUniqueOrThrow({ where: { id: team.teamId } });
        expect(stored.region).toBe(region);
        expect(team.coordinators.length).toBeGreaterThan(0);
        expect(team.coordinators.length).toBeLessThanOrEqual(COORDINATORS_PER_TEAM);
        expect(team.physicians.length).toBeGreaterThan(0);
      }
    }
    expect(staff.FLANDERS.teams.length).toBe(8);
    expect(await db.team.findUnique({ where: { name: "Team Vlaanderen 8" } })).not.toBeNull();
    const users = await db.user.count();
    const again = await ensureStaff(20_000, () => {});
    expect(await db.user.count()).toBe(users);
    expect(again.FLANDERS.coordinators).toEqual(staff.FLANDERS.coordinators);
  }, 120_000);
});
