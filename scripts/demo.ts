// npm run demo — the newcomer's path: start the embedded database (or use DATABASE_URL), migrate, load demo
// data on first run, build when the sources changed, and serve the app on http://localhost:3000.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

import { bootstrapDatabase } from "@/lib/database/bootstrap";
import { disconnectDb, getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { generateMembers } from "@/prisma/generator/generate";
import { describeDemoLogins, seedOrganisation } from "@/prisma/seed";

import { flagNumber, parseArgs, runMain } from "./lib/run";

const root = process.cwd();

function newestSourceTime(dir: string): number {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(dir)
      .filter((name) => name !== "generated" && name !== "node_modules" && !name.startsWith("."))
      .map((name) => newestSourceTime(path.join(dir, name))),
  );
}

function needsBuild(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = [
    "app",
    "lib",
    "components",
    "proxy.ts",
    "instrumentation.ts",
    "next.config.js",
    "package-lock.json",
  ];
  return sources.some((source) => newestSourceTime(path.join(root, source)) > built);
}

async function waitForServer(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer on ${url} within ${timeoutMs / 1000} s.`);
}

runMain(async () => {
  const { flags } = parseArgs(process.argv.slice(2));
  const port = flagNumber(flags, "port", 3000);
  const { embedded } = await bootstrapDatabase();

  const db = getDb();
  if ((await db.member.count()) === 0) {
    // First run: the demo organisation and generated member files, so every screen has something to show.
    const members = flagNumber(flags, "members", 2000);
    console.log(
      `[reprise] loading demo data (first run): the demo organisation and ${members} member files…`,
    );
    if (members > 0) await generateMembers({ members, seed: 1 });
    else await seedOrganisation();
  }
  await disconnectDb();

  if (needsBuild() || flags.build) {
    console.log("[reprise] building the app (about 30 s)…");
    const build = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: "" },
    });
    if (build.status !== 0) throw new Error("next build failed (see above).");
  }

  const url = `http://localhost:${port}`;
  const env = getEnv();
  const server = spawn(
    process.execPath,
    [require.resolve("next/dist/bin/next"), "start", "-p", String(port)],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        NODE_ENV: "production",
        NODE_OPTIONS: "",
        NEXT_TELEMETRY_DISABLED: "1",
        // The database this script started (the server finds it running and shares it).
        DATABASE_URL: embedded ? "" : env.DATABASE_URL,
        NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
      },
    },
  );
  const stop = async () => {
    server.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  await waitForServer(`${url}/api/health`);
  console.log(`\nReprise is running on ${url}\n\n${describeDemoLogins()}\n\nPress Ctrl+C to stop.`);
  await new Promise<void>((resolve) => server.on("exit", () => resolve()));
  if (embedded?.isOwner) await embedded.stop();
});
