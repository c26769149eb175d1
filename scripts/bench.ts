// npm run bench [-- --members 100000 --seed 1 --iterations 30]
// Benchmarks the heaviest everyday queries on a generated database (kept in .data/bench unless DATABASE_URL
// is set): a coordinator's caseload page, a member's file and timeline with its deadlines, the overdue list,
// the today panel and every manager report — each next to the same plain SQL run directly, so the ratio shows
// what the application layer costs. Prints figures; asserts nothing.
import { performance } from "node:perf_hooks";

import pg from "pg";

import { caseloadSql, findCaseload, findOverdueDeadlines, findTodayPanel } from "@/lib/caseload/queries";
import { ZCaseloadFilterSchema } from "@/lib/caseload/schemas";
import { todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { searchEmployers } from "@/lib/employers/queries";
import { getEnv } from "@/lib/env";
import type { ScopedUser } from "@/lib/members/access";
import { getMemberFile } from "@/lib/timeline/queries";
import { generateMembers } from "@/prisma/generator/generate";

import { reportBenchCases } from "./bench/report-cases";
import { runBench, type BenchCase } from "./lib/bench";
import { flagNumber, parseArgs, runMain, withDatabase } from "./lib/run";

process.env.EMBEDDED_DATABASE_DIR ??= ".data/bench";

runMain(async () => {
  const { flags } = parseArgs(process.argv.slice(2));
  const members = flagNumber(flags, "members", 100_000);
  const seed = flagNumber(flags, "seed", 1);
  const iterations = flagNumber(flags, "iterations", 30);
  const today = todayInBrussels();

  await withDatabase(async () => {
    const db = getDb();
    const existing = await db.member.count();
    if (existing === 0) {
      const started = performance.now();
      await generateMembers({ members, seed, today });
      console.log(`generated ${members} members in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    } else if (existing < members) {
      console.log(
        `note: the database holds ${existing} members (asked ${members}); delete .data/bench to regenerate`,
      );
    }
    await db.$executeRawUnsafe("ANALYZE");

    // The coordinator with the largest caseload, and the richest file in it.
    const [busiest] = await db.$queryRaw<{ id: string }[]>`
      SELECT "coordinatorId" AS id FROM "Member" WHERE "coordinatorId" IS NOT NULL
      GROUP BY "coordinatorId" ORDER BY count(*) DESC LIMIT 1`;
    if (!busiest) throw new Error("No coordinator with members: generate data first.");
    const coordinator = await db.user.findUniqueOrThrow({
      where: { id: busiest.id },
      select: { id: true, email: true, role: true, teamId: true, team: { select: { region: true } } },
    });
    const user: ScopedUser & { teamId: string } = {
      id: coordinator.id,
      email: coordinator.email,
      role: coordinator.role,
      teamId: coordinator.teamId!,
      region: coordinator.team?.region ?? null,
    };
    const [rich] = await db.$queryRaw<{ id: string }[]>`
      SELECT m."id" FROM "Member" m
      WHERE m."coordinatorId" = ${user.id}::uuid
      ORDER BY (SELECT count(*) FROM "Contact" c WHERE c."memberId" = m."id")
             + (SELECT count(*) FROM "AuthorisedActivity" a WHERE a."memberId" = m."id") * 5 DESC
      LIMIT 1`;
    const caseloadSize = await db.member.count({ where: { coordinatorId: user.id } });
    const teamSize = await db.member.count({ where: { teamId: user.teamId } });
    console.log(
      `database: ${await db.member.count()} members; coordinator ${coordinator.email}: ${caseloadSize} members, team ${teamSize}`,
    );

    // The reports switch PostgreSQL's JIT off for their statements (compiling cost more than it saved); the
    // plain-SQL side does the same so that both sides run the same plans.
    const pool = new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: 2, options: "-c jit=off" });
    const statement = (sql: { text: string; values: unknown[] }) => ({ text: sql.text, values: sql.values });
    const mine = ZCaseloadFilterSchema.parse({});
    const team = ZCaseloadFilterSchema.parse({ scope: "team" });
    const overdueByDeadline = ZCaseloadFilterSchema.parse({
      scope: "team",
      overdue: "1",
      sort: "nextDeadline",
    });
    const todayDate = new Date(`${today}T00:00:00Z`);
    // A fragment from the middle of an employer's name, as someone typing in the employer picker would enter.
    const [{ fragment } = { fragment: "bouw" }] = await db.$queryRaw<{ fragment: string }[]>`
      SELECT substr("name", 4, 4) AS fragment FROM "Employer" ORDER BY "id" LIMIT 1`;

    const cases: BenchCase[] = [
      {
        name: "caseload page (own members)",
        app: () => findCaseload(user, mine, today),
        sql: statement(caseloadSql(user, mine, today, 50)),
      },
      {
        name: "caseload page (team)",
        app: () => findCaseload(user, team, today),
        sql: statement(caseloadSql(user, team, today, 50)),
      },
      {
        name: "caseload (team, overdue, by deadline)",
        app: () => findCaseload(user, overdueByDeadline, today),
        sql: statement(caseloadSql(user, overdueByDeadline, today, 50)),
      },
      {
        name: "member file + timeline + deadlines",
        app: () => getMemberFile(user, rich!.id, { today, locale: "nl" }),
        // The same data in one statement: every section of the file aggregated as JSON.
        sql: {
          text: `SELECT m."id",
            (SELECT json_agg(p) FROM "IncapacityPeriod" p WHERE p."memberId" = m."id") AS periods,
            (SELECT json_agg(q) FROM "Questionnaire" q JOIN "IncapacityPeriod" p ON p."id" = q."periodId" WHERE p."memberId" = m."id") AS questionnaires,
            (SELECT json_agg(a) FROM "CapacityAssessment" a WHERE a."memberId" = m."id") AS assessments,
            (SELECT json_agg(t) FROM "Trajectory" t WHERE t."memberId" = m."id") AS trajectories,
            (SELECT json_agg(x) FROM "TrajectoryTransition" x JOIN "Trajectory" t ON t."id" = x."trajectoryId" WHERE t."memberId" = m."id") AS transitions,
            (SELECT json_agg(g) FROM "PlanGoal" g JOIN "Trajectory" t ON t."id" = g."trajectoryId" WHERE t."memberId" = m."id") AS goals,
            (SELECT json_agg(pa) FROM "PlanAction" pa JOIN "Trajectory" t ON t."id" = pa."trajectoryId" WHERE t."memberId" = m."id") AS actions,
            (SELECT json_agg(c) FROM "Consent" c WHERE c."memberId" = m."id") AS consents,
            (SELECT json_agg(c) FROM "Contact" c WHERE c."memberId" = m."id") AS contacts,
            (SELECT json_agg(r) FROM "Referral" r WHERE r."memberId" = m."id") AS referrals,
            (SELECT json_agg(w) FROM "WorkAdjustment" w WHERE w."memberId" = m."id") AS adjustments,
            (SELECT json_agg(a) FROM "AuthorisedActivity" a WHERE a."memberId" = m."id") AS activities,
            (SELECT json_agg(d) FROM "AuthorisedActivityDecision" d JOIN "AuthorisedActivity" a ON a."id" = d."activityId" WHERE a."memberId" = m."id") AS decisions,
            (SELECT json_agg(t) FROM "Task" t WHERE t."memberId" = m."id") AS tasks,
            (SELECT json_agg(d) FROM "Deadline" d WHERE d."memberId" = m."id") AS deadlines
            FROM "Member" m WHERE m."id" = $1`,
          values: [rich!.id],
        },
      },
      {
        name: "overdue deadlines (own members)",
        app: () => findOverdueDeadlines(user, today),
        sql: {
          text: `SELECT d."id", d."rule", d."dueDate", d."anchorDate", d."variant", d."subjectId", m."id" AS "memberId", m."firstName", m."lastName"
            FROM "Deadline" d JOIN "Member" m ON m."id" = d."memberId"
            WHERE m."coordinatorId" = $1 AND d."metDate" IS NULL AND d."owner" = 'COORDINATOR' AND d."dueDate" < $2
            ORDER BY d."dueDate", d."id" LIMIT 51`,
          values: [user.id, todayDate],
        },
      },
      {
        name: "today panel",
        app: () => findTodayPanel(user, today),
        sql: {
          text: `SELECT d."id", d."dueDate" FROM "Deadline" d JOIN "Member" m ON m."id" = d."memberId"
            WHERE m."coordinatorId" = $1 AND d."metDate" IS NULL AND d."owner" = 'COORDINATOR' AND d."dueDate" <= $2::date + 6
            ORDER BY d."dueDate" LIMIT 100`,
          values: [user.id, todayDate],
        },
      },
      {
        name: `employer search ("${fragment}")`,
        app: () => searchEmployers(fragment),
        sql: {
          text: `SELECT "id", "name", "kbo", "postalCode" FROM "Employer" WHERE "name" ILIKE $1
            ORDER BY "name", "id" LIMIT 20`,
          values: [`%${fragment}%`],
        },
      },
      ...reportBenchCases({ asOf: today }),
    ];
    try {
      await runBench(cases, pool, iterations);
    } finally {
      await pool.end();
    }
  });
});
