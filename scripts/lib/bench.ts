// Benchmark harness: runs each case's application function and the plain SQL it boils down to, and prints
// p50/p95/max of both and their ratio (what the application layer costs). Figures, never assertions.
import { performance } from "node:perf_hooks";

import type pg from "pg";

export interface BenchCase {
  name: string;
  /** The application path (query function, Prisma, mapping). */
  app: () => Promise<unknown>;
  /** The same work as one plain SQL statement run directly on the server. */
  sql: { text: string; values?: unknown[] };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function time(run: () => Promise<unknown>, iterations: number): Promise<number[]> {
  await run(); // warm-up: plans, caches, connections
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

export async function runBench(cases: BenchCase[], pool: pg.Pool, iterations = 30): Promise<void> {
  const fmt = (ms: number) => ms.toFixed(1).padStart(8);
  console.log(
    `${"case".padEnd(44)} ${"app p50".padStart(8)} ${"app p95".padStart(8)} ${"app max".padStart(8)}   ${"sql p50".padStart(8)} ${"sql p95".padStart(8)} ${"sql max".padStart(8)}  app/sql`,
  );
  for (const benchCase of cases) {
    const app = await time(benchCase.app, iterations);
    const sql = await time(() => pool.query(benchCase.sql.text, benchCase.sql.values ?? []), iterations);
    const ratio = percentile(app, 50) / Math.max(percentile(sql, 50), 0.001);
    console.log(
      `${benchCase.name.padEnd(44)} ${fmt(percentile(app, 50))} ${fmt(percentile(app, 95))} ${fmt(app.at(-1)!)}   ${fmt(percentile(sql, 50))} ${fmt(percentile(sql, 95))} ${fmt(sql.at(-1)!)}  ${ratio.toFixed(2).padStart(6)}`,
    );
  }
  console.log(
    "(milliseconds; app = the application's query function, sql = the same statement run directly)",
  );
}
