// npm run bench [-- --members 100000 --profile target --seed 1 --iterations 30 --max-seconds 20
//                  --no-http --no-build --port 3050 --http-iterations 20 --explain <folder>]
// Benchmarks a generated database of the given size (kept in .data/bench/<profile>-<members> unless
// EMBEDDED_DATABASE_DIR or DATABASE_URL is set; generated on first use). Prints, with the machine's load:
//   1. every query case (caseload views, member file, overdue list, today panel, employer search, physician
//      queue, every manager report): p50/p95 of the application's function and of the same SQL run directly,
//      their ratio (what the application layer costs), the rows the SQL returns and reads (EXPLAIN ANALYZE)
//      with the rows read per second, and the tables it reads by sequential scan;
//   2. HTTP p50/p95 of every main page with a signed-in session against `next start` (built first unless
//      --no-build), the page's size and its first-load JavaScript (gzip) read from the build output.
// --explain writes each case's EXPLAIN ANALYZE to the folder. Prints figures; asserts nothing.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

import pg from "pg";

import { todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Region } from "@/lib/generated/prisma/enums";
import { REPORT_IDS } from "@/lib/reports/schemas";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "@/prisma/demo-users";
import { generateMembers } from "@/prisma/generator/generate";
import { PROFILES, isProfileName } from "@/prisma/generator/model";

import { benchHttp, type HttpPage, type HttpResult } from "./bench/http";
import { CASELOAD_VIEWS, queryBenchCases } from "./bench/query-cases";
import { reportBenchCases } from "./bench/report-cases";
import { caseTable, count, failedCase, markdownTable, ms, runCase, type CaseResult } from "./lib/bench";
import { flagNumber, flagString, parseArgs, runMain, withDatabase } from "./lib/run";

const DEMO_PHYSICIAN = "physician@demo.reprise.be";
const DEMO_MANAGER = "manager@demo.reprise.be";

function machineLoad(): string {
  const [one, five, fifteen] = os.loadavg().map((load) => load.toFixed(2));
  return `load average ${one} / ${five} / ${fifteen} (1 / 5 / 15 min) on ${os.cpus().length} cores`;
}

async function dataSummary(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ relname: string; rows: string }>(
    `SELECT c.relname, c.reltuples::bigint AS rows FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r'
        AND c.relname IN ('Member', 'IncapacityPeriod', 'Trajectory', 'Contact', 'Deadline', 'CapacityAssessment', 'Team', 'User')
      ORDER BY c.reltuples DESC`,
  );
  const {
    rows: [size],
  } = await pool.query<{ size: string }>(
    `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  return `${rows.map((row) => `${row.relname} ${count(Number(row.rows))}`).join(", ")}; database ${size!.size}`;
}

function httpTable(results: HttpResult[], cases: CaseResult[], pages: HttpPage[]): string {
  return markdownTable(
    [
      "page",
      "HTTP p50",
      "HTTP p95",
      "n",
      "status",
      "size kB",
      "first-load JS kB gzip",
      "SQL p50",
      "HTTP/SQL",
    ],
    results.map((result) => {
      const page = pages.find((candidate) => candidate.path === result.path)!;
      const measured = cases.find((candidate) => candidate.name === page.sqlCase)?.sql.p50;
      const sql = measured !== undefined && Number.isFinite(measured) ? measured : undefined;
      return [
        `${result.name} (${result.path.length > 48 ? `${result.path.slice(0, 45)}…` : result.path})`,
        ms(result.timings.p50),
        ms(result.timings.p95),
        String(result.timings.samples),
        String(result.status),
        (result.bytes / 1024).toFixed(0),
        result.firstLoadJs === null ? "—" : (result.firstLoadJs / 1024).toFixed(0),
        sql === undefined ? "—" : ms(sql),
        sql === undefined ? "—" : (result.timings.p50 / Math.max(sql, 0.001)).toFixed(1),
      ];
    }),
  );
}

runMain(async () => {
  const { flags } = parseArgs(process.argv.slice(2));
  const members = flagNumber(flags, "members", 100_000);
  const profile = flagString(flags, "profile") ?? "target";
  if (!isProfileName(profile))
    throw new Error(`--profile must be one of ${Object.keys(PROFILES).join(", ")} (got "${profile}")`);
  // Each size and profile keeps its own database, so that sizes can be compared without generating again.
  process.env.EMBEDDED_DATABASE_DIR ??= path.join(".data", "bench", `${profile}-${members}`);
  const seed = flagNumber(flags, "seed", 1);
  const sampling = {
    iterations: flagNumber(flags, "iterations", 30),
    maxSeconds: flagNumber(flags, "max-seconds", 20),
    minSamples: 5,
  };
  const withHttp = !flags["no-http"];
  const explainDir = flagString(flags, "explain");
  const today = todayInBrussels();

  await withDatabase(async () => {
    const db = getDb();
    const existing = await db.member.count();
    if (existing === 0) {
      const started = performance.now();
      await generateMembers({ members, seed, today, profile });
      console.log(`generated ${members} members in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    } else if (existing !== members) {
      console.log(`note: the database holds ${existing} members (asked ${members})`);
    }
    await db.$executeRawUnsafe("ANALYZE");

    // The coordinator with the largest caseload, the richest file in it, and the demo physician (Flanders).
    const [busiest] = await db.$queryRaw<{ id: string }[]>`
      SELECT "coordinatorId" AS id FROM "Member" WHERE "coordinatorId" IS NOT NULL
      GROUP BY "coordinatorId" ORDER BY count(*) DESC LIMIT 1`;
    if (!busiest) throw new Error("No coordinator with members: generate data first.");
    const coordinator = await db.user.findUniqueOrThrow({
      where: { id: busiest.id },
      select: { id: true, email: true, role: true, teamId: true, team: { select: { region: true } } },
    });
    const user = {
      id: coordinator.id,
      email: coordinator.email,
      role: coordinator.role,
      teamId: coordinator.teamId!,
      region: coordinator.team?.region ?? null,
    };
    const physician = await db.user.findUniqueOrThrow({
      where: { email: DEMO_PHYSICIAN },
      select: { id: true, role: true, team: { select: { region: true } } },
    });
    const [rich] = await db.$queryRaw<{ id: string }[]>`
      SELECT m."id" FROM "Member" m
      WHERE m."coordinatorId" = ${user.id}::uuid
      ORDER BY (SELECT count(*) FROM "Contact" c WHERE c."memberId" = m."id")
             + (SELECT count(*) FROM "AuthorisedActivity" a WHERE a."memberId" = m."id") * 5 DESC
      LIMIT 1`;
    const [{ fragment } = { fragment: "bouw" }] = await db.$queryRaw<{ fragment: string }[]>`
      SELECT substr("name", 4, 4) AS fragment FROM "Employer" ORDER BY "id" LIMIT 1`;
    const caseloadSize = await db.member.count({ where: { coordinatorId: user.id } });
    const teamSize = await db.member.count({ where: { teamId: user.teamId } });
    const physicianRegion = physician.team?.region as Region;
    const regionSize = await db.member.count({ where: { team: { region: physicianRegion } } });

    // The reports switch PostgreSQL's JIT off for their statements (compiling cost more than it saved); the
    // plain-SQL side does the same so that both sides run the same plans.
    const pool = new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: 2, options: "-c jit=off" });
    console.log(`\n## Bench: ${count(existing || members)} members, profile ${profile}, ${today}\n`);
    console.log(
      `machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
    );
    console.log(`data: ${await dataSummary(pool)}`);
    console.log(
      `subjects: coordinator ${coordinator.email} (${caseloadSize} members, team ${teamSize}); ` +
        `physician ${DEMO_PHYSICIAN} (region ${physicianRegion}, ${count(regionSize)} members); manager: whole fund`,
    );
    console.log(`at start: ${machineLoad()}\n`);

    const cases = [
      ...queryBenchCases({
        today,
        coordinator: user,
        memberId: rich!.id,
        physician: { id: physician.id, role: physician.role, region: physicianRegion },
        employerFragment: fragment,
      }),
      ...reportBenchCases({ asOf: today }),
    ];
    const results: CaseResult[] = [];
    try {
      for (const benchCase of cases) {
        const result = await runCase(benchCase, pool, sampling).catch((error: unknown) =>
          failedCase(benchCase.name, error),
        );
        results.push(result);
        console.error(
          `  ${result.name}: ${result.error ?? `app p50 ${ms(result.app.p50)} ms, sql p50 ${ms(result.sql.p50)} ms`}`,
        );
      }
    } finally {
      await pool.end();
    }
    console.log(
      `### Queries (milliseconds; ${sampling.iterations} runs or ${sampling.maxSeconds} s per side)\n`,
    );
    console.log(caseTable(results));
    console.log(
      "\napp = the application's function; sql = the same statements run directly with pg (the queue: the " +
        "two statements the app sends side by side, replayed side by side); rows read = rows of every scan node in EXPLAIN ANALYZE, kept or " +
        "filtered out; rows read/s = rows read ÷ sql p50.",
    );
    console.log(`after the queries: ${machineLoad()}`);
    if (explainDir) {
      mkdirSync(explainDir, { recursive: true });
      for (const result of results) {
        const file = path.join(explainDir, `${result.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.txt`);
        writeFileSync(file, result.plans.join("\n\n-- next statement --\n\n"));
      }
      console.log(`EXPLAIN ANALYZE of every case written to ${explainDir}`);
    }

    if (!withHttp) return;
    const team = new URLSearchParams(CASELOAD_VIEWS.team).toString();
    const overdue = new URLSearchParams(CASELOAD_VIEWS.overdue).toString();
    const pages: HttpPage[] = [
      {
        name: "caseload, own",
        path: "/caseload",
        user: "coordinator",
        sqlCase: "caseload page (own members)",
      },
      {
        name: "caseload, team",
        path: `/caseload?${team}`,
        user: "coordinator",
        sqlCase: "caseload page (team)",
      },
      {
        name: "caseload, team overdue",
        path: `/caseload?${overdue}`,
        user: "coordinator",
        sqlCase: "caseload (team, overdue, by deadline)",
      },
      {
        name: "member file",
        path: `/members/${rich!.id}`,
        user: "coordinator",
        sqlCase: "member file + timeline + deadlines",
      },
      { name: "queue", path: "/queue", user: "physician", sqlCase: "physician queue (items + counts)" },
      { name: "reports", path: "/reports", user: "manager" },
      ...REPORT_IDS.map((report): HttpPage => ({
        name: `report ${report}`,
        path: `/reports/${report}`,
        user: "manager",
        sqlCase: `report ${report}`,
      })),
      {
        name: "caseload report CSV",
        path: "/reports/caseload/export?format=csv",
        user: "manager",
        sqlCase: "report caseload",
        isDownload: true,
      },
    ];
    const http = await benchHttp({
      port: flagNumber(flags, "port", 3050),
      build: !flags["no-build"],
      iterations: flagNumber(flags, "http-iterations", 20),
      maxSeconds: sampling.maxSeconds,
      databaseUrl: getEnv().DATABASE_URL!,
      secret: getEnv().NEXTAUTH_SECRET!,
      users: {
        coordinator: { email: coordinator.email, password: DEMO_PASSWORD },
        physician: { email: DEMO_PHYSICIAN, password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET },
        manager: { email: DEMO_MANAGER, password: DEMO_PASSWORD },
      },
      pages,
      log: (message) => console.error(`  ${message}`),
    });
    console.log(`\n### Pages over HTTP (next start, signed in; milliseconds)\n`);
    console.log(httpTable(http, results, pages));
    console.log(
      "\nHTTP = the full response with a signed-in session (the coordinator above, the demo physician, the demo " +
        "manager); size = the body as received; first-load JS = the scripts the HTML loads, gzipped, read from " +
        "the build output; HTTP/SQL = HTTP p50 ÷ the SQL p50 of the page's main query above.",
    );
    console.log(`at the end: ${machineLoad()}`);
  });
});
