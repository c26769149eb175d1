// Benchmark harness: runs each case's application function and the plain SQL it boils down to, and reports
// p50/p95 of both, their ratio (what the application layer costs), the rows the SQL returns and reads (from
// EXPLAIN ANALYZE: rows of every scan node, kept or filtered out) with the rows read per second, and the tables
// it reads by sequential scan. Figures, never assertions.
import { performance } from "node:perf_hooks";

import pg from "pg";

export interface Statement {
  text: string;
  values?: unknown[];
}

export interface BenchCase {
  name: string;
  /** The application path (query function, Prisma, mapping). */
  app: () => Promise<unknown>;
  /**
   * The same work as plain SQL run directly on the server: one statement, several, or "captured" — the very
   * statements the application function sends (recorded while it runs once), replayed.
   */
  sql: Statement | Statement[] | "captured";
  /** The app sends its statements side by side (Promise.all): the plain SQL runs them side by side too. */
  concurrent?: boolean;
}

export interface Timings {
  p50: number;
  p95: number;
  max: number;
  samples: number;
}

export interface SeqScan {
  table: string;
  /** Rows the scan went through (kept and filtered out), all loops. */
  rows: number;
}

export interface CaseResult {
  name: string;
  app: Timings;
  sql: Timings;
  /** app p50 ÷ sql p50 */
  ratio: number;
  statements: number;
  rowsOut: number;
  rowsRead: number;
  seqScans: SeqScan[];
  /** The EXPLAIN ANALYZE text of each statement (for --explain). */
  plans: string[];
  /** Why the case could not be measured (the run goes on with the next one). */
  error?: string;
}

const NO_TIMINGS: Timings = { p50: Number.NaN, p95: Number.NaN, max: Number.NaN, samples: 0 };

/** The first sentence of the last line of an error's message (Prisma puts the cause there). */
function reason(error: unknown): string {
  const line = (error instanceof Error ? error.message : String(error)).trim().split("\n").at(-1)!;
  return line.split(/(?<=[a-z0-9])\. /i)[0]!.slice(0, 120);
}

/** A case that failed: its error, no figures. */
export function failedCase(name: string, error: unknown): CaseResult {
  return {
    name,
    app: NO_TIMINGS,
    sql: NO_TIMINGS,
    ratio: Number.NaN,
    statements: 0,
    rowsOut: 0,
    rowsRead: 0,
    seqScans: [],
    plans: [],
    error: reason(error),
  };
}

export interface SampleOptions {
  iterations: number;
  /** Stop sampling a side after this many seconds once it has `minSamples`. */
  maxSeconds: number;
  minSamples: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function summarise(samples: number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    samples: sorted.length,
  };
}

/** Times `run` after one warm-up (plans, caches, connections), within the options' count and time budget. */
export async function sample(run: () => Promise<unknown>, options: SampleOptions): Promise<Timings> {
  await run();
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < options.iterations; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
    if (samples.length >= options.minSamples && performance.now() - started > options.maxSeconds * 1000)
      break;
  }
  return summarise(samples);
}

const SKIPPED = /^\s*(BEGIN|COMMIT|ROLLBACK|SET|RESET|DEALLOCATE|SAVEPOINT|RELEASE)\b/i;

/**
 * The statements `run` sends to PostgreSQL through node-postgres (which Prisma's driver adapter uses), in
 * order, without transaction control.
 */
export async function captureStatements(run: () => Promise<unknown>): Promise<Statement[]> {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  const captured: Statement[] = [];
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [config, values] = args;
    if (typeof config === "string")
      captured.push({ text: config, values: Array.isArray(values) ? values : [] });
    else if (config && typeof config === "object" && "text" in config) {
      const query = config as { text: string; values?: unknown[] };
      captured.push({ text: query.text, values: query.values ?? (Array.isArray(values) ? values : []) });
    }
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    prototype.query = original;
  }
  return captured.filter((statement) => !SKIPPED.test(statement.text));
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plans?: PlanNode[];
}

const SCANS = new Set([
  "Seq Scan",
  "Index Scan",
  "Index Only Scan",
  "Bitmap Heap Scan",
  "Tid Scan",
  "Tid Range Scan",
]);

/** Rows read by the scan nodes of a plan (kept and filtered out), and its sequential scans. */
export function scannedRows(plan: PlanNode): { rows: number; seqScans: SeqScan[] } {
  let rows = 0;
  const seqScans: SeqScan[] = [];
  const visit = (node: PlanNode) => {
    if (SCANS.has(node["Node Type"])) {
      const loops = node["Actual Loops"] ?? 1;
      const read =
        ((node["Actual Rows"] ?? 0) +
          (node["Rows Removed by Filter"] ?? 0) +
          (node["Rows Removed by Index Recheck"] ?? 0)) *
        loops;
      rows += read;
      if (node["Node Type"] === "Seq Scan" && node["Relation Name"])
        seqScans.push({ table: node["Relation Name"], rows: Math.round(read) });
    }
    for (const child of node.Plans ?? []) visit(child);
  };
  visit(plan);
  return { rows: Math.round(rows), seqScans };
}

async function explain(
  pool: pg.Pool,
  statement: Statement,
): Promise<{ rows: number; seqScans: SeqScan[]; text: string }> {
  const { rows } = await pool.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.text}`,
    statement.values ?? [],
  );
  const plan = rows[0]!["QUERY PLAN"][0].Plan;
  const { rows: text } = await pool.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
    statement.values ?? [],
  );
  return { ...scannedRows(plan), text: text.map((row) => row["QUERY PLAN"]).join("\n") };
}

/** Merges the sequential scans of several statements per table. */
function mergeScans(scans: SeqScan[]): SeqScan[] {
  const byTable = new Map<string, number>();
  for (const scan of scans) byTable.set(scan.table, (byTable.get(scan.table) ?? 0) + scan.rows);
  return [...byTable].map(([table, rows]) => ({ table, rows })).sort((a, b) => b.rows - a.rows);
}

export async function runCase(
  benchCase: BenchCase,
  pool: pg.Pool,
  options: SampleOptions,
): Promise<CaseResult> {
  const statements =
    benchCase.sql === "captured"
      ? await captureStatements(benchCase.app)
      : Array.isArray(benchCase.sql)
        ? benchCase.sql
        : [benchCase.sql];
  // An application function that fails (a timeout at this size) still leaves its SQL to measure.
  let appError: string | undefined;
  const app = await sample(benchCase.app, options).catch((error: unknown) => {
    appError = `app: ${reason(error)}`;
    return NO_TIMINGS;
  });
  let rowsOut = 0;
  const query = async (statement: Statement) => {
    const result = await pool.query(statement.text, statement.values ?? []);
    return result.rowCount ?? result.rows.length;
  };
  const runSql = async () => {
    rowsOut = 0;
    if (benchCase.concurrent) rowsOut = (await Promise.all(statements.map(query))).reduce((a, b) => a + b, 0);
    else for (const statement of statements) rowsOut += await query(statement);
  };
  const sql = await sample(runSql, options);
  const explained = [];
  for (const statement of statements) explained.push(await explain(pool, statement));
  return {
    name: benchCase.name,
    app,
    sql,
    ratio: app.p50 / Math.max(sql.p50, 0.001),
    statements: statements.length,
    rowsOut,
    rowsRead: explained.reduce((sum, plan) => sum + plan.rows, 0),
    seqScans: mergeScans(explained.flatMap((plan) => plan.seqScans)),
    plans: explained.map((plan) => plan.text),
    error: appError,
  };
}

// --- Printing -------------------------------------------------------------------------------------------

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "—");
export const count = (value: number) => Math.round(value).toLocaleString("en-US");

/** A Markdown table, padded so that it also reads well in a terminal; `left` columns align left, others right. */
export function markdownTable(headers: string[], rows: string[][], left: readonly number[] = [0]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i]!.length)));
  const isLeft = (i: number) => left.includes(i);
  const pad = (cell: string, i: number) => (isLeft(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!));
  const line = (cells: string[]) => `| ${cells.map(pad).join(" | ")} |`;
  const rule = `|${widths.map((width, i) => `${"-".repeat(width + 1)}${isLeft(i) ? "-" : ":"}`).join("|")}|`;
  return [line(headers), rule, ...rows.map(line)].join("\n");
}

export function caseTable(results: CaseResult[]): string {
  return markdownTable(
    [
      "case",
      "app p50",
      "app p95",
      "sql p50",
      "sql p95",
      "app/sql",
      "rows out",
      "rows read",
      "rows read/s",
      "seq scans (rows)",
    ],
    results.map((result) => [
      result.name,
      ms(result.app.p50),
      ms(result.app.p95),
      ms(result.sql.p50),
      ms(result.sql.p95),
      Number.isFinite(result.ratio) ? result.ratio.toFixed(2) : "—",
      count(result.rowsOut),
      count(result.rowsRead),
      count(result.rowsRead / Math.max(result.sql.p50 / 1000, 1e-6)),
      [
        result.seqScans.length
          ? result.seqScans.map((scan) => `${scan.table} ${count(scan.rows)}`).join(", ")
          : result.error
            ? ""
            : "—",
        result.error ? `failed: ${result.error}` : "",
      ]
        .filter(Boolean)
        .join("; "),
    ]),
    [0, 9],
  );
}
