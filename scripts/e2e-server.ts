// The server Playwright tests run against: `next start` on a fresh embedded PostgreSQL of its own (or on
// E2E_DATABASE_URL), exactly the path a newcomer's install takes. Started by playwright.config.ts.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const port = process.env.E2E_PORT ?? "3100";
const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? ".data/e2e");

if (!process.env.E2E_DATABASE_URL) rmSync(dataDir, { recursive: true, force: true });

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NODE_OPTIONS: "",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  EMBEDDED_DATABASE_DIR: path.join(dataDir, "postgres"),
  LOG_LEVEL: "warn",
};
if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;
else delete env.DATABASE_URL;

const child = spawn(
  process.execPath,
  [require.resolve("next/dist/bin/next"), "start", "-p", port, "-H", "127.0.0.1"],
  {
    env,
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
