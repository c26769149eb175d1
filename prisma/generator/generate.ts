// Demo data at scale (issue 3, item 6): `npm run db:seed -- --members N --seed S` and `npm run demo` call
// generateMembers. Same seed and day → same data (ids included). Member files are built in memory through the
// application's schemas and rules (member-file.ts) and written in batches, one transaction each, while the
// next batch is being built.
import "server-only";

import pg from "pg";

import { isISODate, todayInBrussels, type ISODate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { BuildContext } from "@/prisma/generator/builder";
import { buildEmployers } from "@/prisma/generator/employers";
import { buildMemberFile } from "@/prisma/generator/member-file";
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
}

export interface GenerateResult {
  members: number;
  rows: RowCounts;
  seconds: number;
}

/** The externalId prefix of a seed's members ("G7-0000001"), which also tells whether a seed was loaded. */
export function externalIdPrefix(seed: number): string {
  return `G${seed}-`;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

export async function generateMembers(options: GenerateOptions): Promise<GenerateResult> {
  const { members, seed } = options;
  const today = options.today ?? todayInBrussels();
  const log = options.log ?? ((message: string) => console.log(`[seed] ${message}`));
  const batchSize = options.batchSize ?? 1000;
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
  if (!members) return { members: 0, rows: {}, seconds: 0 };
  // Identity numbers must stay unique next to members already there (another seed, or real ones).
  const usedInsz = new Set(
    (await db.member.findMany({ select: { insz: true } })).map((member) => member.insz),
  );
  const usedKbo = new Set(
    (await db.employer.findMany({ where: { kbo: { not: null } }, select: { kbo: true } })).map(
      (employer) => employer.kbo!,
    ),
  );
  const idBaseMs = Date.parse(`${today}T00:00:00Z`) - 86_400_000;
  const employers = buildEmployers({ seed, members, today, teams, usedKbo, idBaseMs });

  const pool = new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: 2 });
  const totals: RowCounts = {};
  let written = 0;
  const add = (counts: RowCounts) => {
    for (const [table, count] of Object.entries(counts)) totals[table] = (totals[table] ?? 0) + count;
  };
  // The write in flight; its failure is kept (not left unhandled) and rethrown when it is awaited.
  let pending: Promise<{ counts: RowCounts; size: number } | { error: unknown }> | null = null;
  try {
    const writeOptions = await detectWriteOptions(pool);
    await writeEmployers(pool, employers.rows);
    totals.Employer = employers.rows.length;
    const context: BuildContext = {
      seed,
      today,
      teams,
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
      const rows = Object.values(totals).reduce((sum, count) => sum + count, 0);
      log(
        `${formatCount(written)}/${formatCount(members)} members (${Math.floor((written / members) * 100)} %) · ` +
          `${formatCount(Math.round(written / seconds))} members/s · ${formatCount(rows)} rows`,
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
  } finally {
    await pending;
    await pool.end();
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = Object.values(totals).reduce((sum, count) => sum + count, 0);
  log(
    `done: ${formatCount(members)} members, ${formatCount(rows)} rows in ${seconds.toFixed(1)} s ` +
      `(seed ${seed}, as of ${today})`,
  );
  return { members, rows: totals, seconds };
}
