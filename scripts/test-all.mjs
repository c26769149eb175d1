#!/usr/bin/env node
// npm test — every tier CI runs, in order: typecheck, lint, unit, database, build, end-to-end.
// Tiers keep running after a failure so one run shows everything; the last line sums them:
// "N passed, N failed". Exits non-zero when anything failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reports = path.join(root, ".reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" };
const results = [];

function run(command, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...baseEnv, ...env } });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

function npx(bin, args, env) {
  return run(process.execPath, [path.join(root, "node_modules", ".bin", bin), ...args], env);
}

function banner(title) {
  console.log(`\n━━━ ${title} ${"━".repeat(Math.max(0, 70 - title.length))}`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** A check that is one test: passes or fails as a whole. */
function check(name, runner) {
  banner(name);
  const { ok, seconds } = runner();
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
}

function vitestTier(name, project) {
  banner(name);
  const file = path.join(reports, `${project}.json`);
  const { ok, seconds } = npx("vitest", [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${file}`,
  ]);
  const report = readJson(file);
  const passed = report?.numPassedTests ?? 0;
  let failed = report?.numFailedTests ?? 0;
  if (!ok && failed === 0) failed = 1; // the run itself broke (setup, import error)
  results.push({ name, passed, failed, seconds });
}

function chromiumAvailable() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return true;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].some((file) => existsSync(file));
}

/** Debian's Chromium where apt is usable (offline machines), else Playwright's own download. */
function ensureBrowser() {
  if (chromiumAvailable()) return true;
  console.log("No Chromium found: installing one for the end-to-end tests.");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const apt = ["/usr/bin/apt-get"].find((file) => existsSync(file));
  if (apt) {
    const prefix = isRoot ? [] : ["sudo", "-n"];
    const [cmd, ...rest] = [...prefix, apt];
    const update = spawnSync(cmd, [...rest, "update", "-qq"], { stdio: "inherit" });
    const install = spawnSync(cmd, [...rest, "install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (update.status === 0 && install.status === 0 && chromiumAvailable()) return true;
  }
  return npx("playwright", ["install", "chromium"]).ok;
}

const started = Date.now();
check("typecheck", () => npx("tsc", ["--noEmit"]));
check("lint", () => {
  const eslint = npx("eslint", [".", "--max-warnings", "0"]);
  const prettier = npx("prettier", ["--check", ".", "--log-level", "warn"]);
  return { ok: eslint.ok && prettier.ok, seconds: eslint.seconds + prettier.seconds };
});
vitestTier("unit tests", "unit");
vitestTier("database tests", "db");
check("build", () => npx("next", ["build"]));

const buildOk = results.at(-1).failed === 0;
banner("end-to-end tests");
if (!buildOk) {
  console.log("Skipped: the build failed.");
  results.push({ name: "end-to-end tests", passed: 0, failed: 1, seconds: 0 });
} else if (!ensureBrowser()) {
  console.log("Skipped: no browser could be installed (set CHROMIUM_PATH to a Chromium executable).");
  results.push({ name: "end-to-end tests", passed: 0, failed: 1, seconds: 0 });
} else {
  const file = path.join(reports, "e2e.json");
  // The test runner imports server modules (fixtures use the app's own mutations); the web server it starts
  // clears this option for itself.
  const { ok, seconds } = npx("playwright", ["test"], { NODE_OPTIONS: "--conditions=react-server", CI: "1" });
  const stats = readJson(file)?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  let failed = stats?.unexpected ?? 0;
  if (!ok && failed === 0) failed = 1;
  results.push({ name: "end-to-end tests", passed, failed, seconds });
}

banner("summary");
for (const r of results) {
  console.log(
    `${r.name.padEnd(18)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed   ${r.seconds.toFixed(1)} s`,
  );
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
