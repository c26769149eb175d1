// npm run deadlines:recompute [-- --batch 500 --concurrency 4]
// Recomputes every member's stored deadlines from their file with the current rules (ADR 007): run it once
// after deploying a change to lib/deadlines/rules.ts. Each member is locked and synced in its own short
// transaction, so the application can stay online; rows that already match are not rewritten, so running it
// twice is harmless. Prints progress and what changed.
import { performance } from "node:perf_hooks";

import { recomputeAllDeadlines } from "@/lib/deadlines/refresh";

import { flagNumber, parseArgs, runMain, withDatabase } from "./lib/run";

runMain(async () => {
  const { flags } = parseArgs(process.argv.slice(2));
  const batchSize = Math.max(1, flagNumber(flags, "batch", 500));
  const concurrency = Math.max(1, flagNumber(flags, "concurrency", 4));
  await withDatabase(async () => {
    const started = performance.now();
    const result = await recomputeAllDeadlines({
      batchSize,
      concurrency,
      onProgress: (done, totals) => console.log(`${done} members checked, ${totals.changedMembers} changed`),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `done in ${seconds} s: ${result.members} members, ${result.changedMembers} with changes — ` +
        `${result.created} deadlines added, ${result.updated} updated, ${result.removed} removed`,
    );
  });
});
