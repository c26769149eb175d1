// Demo data at scale (issue 3, item 6): `npm run db:seed -- --members N --seed S` and `npm run demo` call
// generateMembers. Same seed, day and profile → same data (ids included). Member files are built in memory
// through the application's schemas and rules (member-file.ts) and written in batches, one transaction each,
// while the next batch is being built: only two batches are held at a time, so memory stays flat however many
// members are asked for (the progress line shows the process's resident memory).
import "server-only";

import pg from "pg";

import { isISODate, todayInBrussels, type ISODate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { BuildContext } from "@/prisma/generator/builder";
import { buildEmployers } from "@/prisma/generator/employers";
import { buildMemberFile } from "@/prisma/generator/member-file";
import { InszRegistry } from "@/prisma/generator/insz";
import { PROFILES, type GeneratorProfile } from "@/prisma/generator/model";
import { ensureStaff } from "@/prisma/generator/organisation";
import type { MemberFileRows } from "@/prisma/generator/rows";
import {
  detectWriteOptions,
  writeEmployers,
  writeMemberFiles,
  type RowCounts,
} from "@/prisma/generator/writer";

export interface GenerateOptions {
  members: number;
  seed: number;
  /** The day the data is generated for (default: today in Brussels); nothing generated happens after it. */
  today?: ISODate;
  log?: (message: string) => void;
  /** Members per transaction. */
  batchSize?: number;
  /** How much history and coaching each file gets (default: the reference distributions). */
  profile?: GeneratorProfile["name"];
}

export interface GenerateResult {
  members: number;
  rows: RowCounts;
  seconds: number;
  /** Rows written per second while member files were generated. */
  rowsPerSecond: number;
  /** Highest resident memory of the process while generating, in MiB. */
  peakRssMiB: number;
}

/** The externalId prefix of a seed's members ("G7-0000001"), which also tells whether a seed was loaded. */
export function externalIdPrefix(seed: number): string {
  return `G${seed}-`;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

const MiB = 1024 * 1024;

/** The highest resident memory seen, sampled every half second and whenever asked. */
function trackPeakRss(): { sample: () => number; peak: () => number; stop: () => void } {
  let peak = process.memoryUsage.rss();
  const sample = () => {
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
    return rss / MiB;
  };
  const timer = setInterval(sample, 500);
  timer.unref();
  return { sample, peak: () => peak / MiB, stop: () => clearInterval(timer) };
}

/** Every INSZ already in the database, read in pages (a million rows at once would be a memory peak). */
async function loadUsedInsz(pool: pg.Pool): Promise<InszRegistry> {
  const registry = new InszRegistry();
  let after = "";
  for (;;) {
    const { rows } = await pool.query<{ insz: string }>(
      `SELECT "insz" FROM "Member" WHERE "insz" > $1 ORDER BY "insz" LIMIT 50000`,
      [after],
    );
    for (const row of rows) registry.add(row.insz);
    if (rows.length < 50000) return registry;
    after = rows.at(-1)!.insz;
  }
}

export async function generateMembers(options: GenerateOptions): Promise<GenerateResult> {
  const { members, seed } = options;
  const today = options.today ?? todayInBrussels();
  const log = options.log ?? ((message: string) => console.log(`[seed] ${message}`));
  const batchSize = options.batchSize ?? 1000;
  const profile = PROFILES[options.profile ?? "default"];
  if (!profile) throw new Error(`--profile must be one of ${Object.keys(PROFILES).join(", ")}`);
  if (!Number.isInteger(members) || members < 0 || members > 5_000_000)
    throw new Error(`--members must be a whole number from 0 to 5,000,000 (got ${members})`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new Error(`--seed must be a whole number from 0 to 4294967295 (got ${seed})`);
  if (!isISODate(today)) throw new Error(`--today must be a date YYYY-MM-DD (got ${today})`);
  // Users cannot record facts after their own today; neither does the generator.
  if (today > todayInBrussels()) throw new Error(`--today cannot be in the future (got ${today})`);

  const started = performance.now();
  const db = getDb();
  const prefix = externalIdPrefix(seed);
  const loaded = await db.member.count({ where: { externalId: { startsWith: prefix } } });
  if (loaded) {
    throw new Error(
      `This database already holds ${loaded} members generated with seed ${seed}. ` +
        "Empty it first (npm run db:reset) or choose another --seed.",
    );
  }
  const teams = await ensureStaff(members, log);
  if (!members) return { members: 0, rows: {}, seconds: 0, rowsPerSecond: 0, peakRssMiB: 0 };
  const usedKbo = new Set(
    (await db.employer.findMany({ where: { kbo: { not: null } }, select: { kbo: true } })).map(
      (employer) => employer.kbo!,
    ),
  );
  const idBaseMs = Date.parse(`${today}T00:00:00Z`) - 86_400_000;
  const employers = buildEmployers({ seed, members, today, teams, usedKbo, idBaseMs });

  // Commits need not wait for the disk: a crash loses the last batches of a data set that is made again anyway.
  const pool = new pg.Pool({
    connectionString: getEnv().DATABASE_URL,
    max: 2,
    options: "-c synchronous_commit=off",
  });
  const memory = trackPeakRss();
  const totals: RowCounts = {};
  let written = 0;
  let generationSeconds = 0;
  let movedBirthDates = 0;
  const add = (counts: RowCounts) => {
    for (const [table, count] of Object.entries(counts)) totals[table] = (totals[table] ?? 0) + count;
  };
  // The write in flight; its failure is kept (not left unhandled) and rethrown when it is awaited.
  let pending: Promise<{ counts: RowCounts; size: number } | { error: unknown }> | null = null;
  try {
    const writeOptions = await detectWriteOptions(pool);
    // Identity numbers must stay unique next to members already there (another seed, or real ones).
    const usedInsz = await loadUsedInsz(pool);
    await writeEmployers(pool, employers.rows);
    totals.Employer = employers.rows.length;
    const context: BuildContext = {
      seed,
      today,
      teams,
      profile,
      employers: employers.byRegion,
      referralResponseDays: getEnv().REFERRAL_RESPONSE_DAYS,
      usedInsz,
      idBaseMs,
      externalIdPrefix: prefix,
    };
    const generationStart = performance.now();
    const settle = async () => {
      if (!pending) return;
      const result = await pending;
      pending = null;
      if ("error" in result) throw result.error;
      const { counts, size } = result;
      add(counts);
      written += size;
      const seconds = (performance.now() - generationStart) / 1000;
      generationSeconds = seconds;
      const rows = Object.values(totals).reduce((sum, count) => sum + count, 0);
      const rss = memory.sample();
      // A line per 1 % of the way (and per batch for small runs).
      if (
        written === members ||
        Math.floor(written / (members / 100)) > Math.floor((written - size) / (members / 100))
      )
        log(
          `${formatCount(written)}/${formatCount(members)} members (${Math.floor((written / members) * 100)} %) · ` +
            `${formatCount(Math.round(written / seconds))} members/s · ${formatCount(rows)} rows ` +
            `(${formatCount(Math.round(rows / seconds))} rows/s) · RSS ${rss.toFixed(0)} MiB`,
        );
    };
    for (let start = 0; start < members; start += batchSize) {
      const files: MemberFileRows[] = [];
      const end = Math.min(members, start + batchSize);
      for (let index = start; index < end; index++) {
        files.push(buildMemberFile(context, index));
        // Let the previous batch's statements reach the database while this one is being built.
        if (index % 25 === 24) await yieldToEventLoop();
      }
      await settle();
      pending = writeMemberFiles(pool, files, writeOptions).then(
        (counts) => ({ counts, size: files.length }),
        (error: unknown) => ({ error }),
      );
    }
    await settle();
    movedBirthDates = context.movedBirthDates ?? 0;
  } finally {
    await pending;
    await pool.end();
    memory.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = Object.values(totals).reduce((sum, count) => sum + count, 0);
  const memberRows = rows - (totals.Employer ?? 0);
  const rowsPerSecond = Math.round(memberRows / Math.max(generationSeconds, 0.001));
  const peakRssMiB = Math.round(memory.peak());
  log(
    `done: ${formatCount(members)} members, ${formatCount(rows)} rows in ${seconds.toFixed(1)} s ` +
      `(${formatCount(rowsPerSecond)} rows/s; peak RSS ${peakRssMiB} MiB; profile ${profile.name}, ` +
      `seed ${seed}, as of ${today}; ${formatCount(movedBirthDates)} birth dates moved to a day with a free INSZ)`,
  );
  log(
    `rows: ${Object.entries(totals)
      .map(([table, count]) => `${table} ${formatCount(count)}`)
      .join(", ")}`,
  );
  return { members, rows: totals, seconds, rowsPerSecond, peakRssMiB };
}
