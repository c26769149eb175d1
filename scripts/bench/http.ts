// The HTTP side of `npm run bench`: builds the app (`next build`, unless --no-build), starts `next start` on the
// bench database, signs in through the real sign-in endpoint (a coordinator, the demo advising physician with
// its published authenticator key, the demo manager), then times every main page with that session — the full
// response, as a browser receives it — and reads each page's first-load JavaScript from the build output: the
// scripts its HTML loads, gzipped as they would travel. Figures only.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";

import { totpCodeOf } from "@/lib/mfa/totp";

import { summarise, type Timings } from "../lib/bench";

export interface HttpUser {
  email: string;
  password: string;
  /** Authenticator key, for roles that sign in with a second factor. */
  totpSecret?: string;
}

export interface HttpPage {
  name: string;
  path: string;
  user: "coordinator" | "physician" | "manager";
  /** The query case whose plain SQL this page mostly waits for (for the HTTP ÷ SQL ratio). */
  sqlCase?: string;
  /** A download rather than a page: no scripts to count. */
  isDownload?: boolean;
}

export interface HttpResult {
  name: string;
  path: string;
  status: number;
  timings: Timings;
  /** Bytes of the response body. */
  bytes: number;
  /** Gzipped bytes of the scripts the page's HTML loads (null for downloads). */
  firstLoadJs: number | null;
  scripts: number;
}

export interface HttpOptions {
  port: number;
  build: boolean;
  iterations: number;
  maxSeconds: number;
  databaseUrl: string;
  secret: string;
  users: Record<HttpPage["user"], HttpUser>;
  pages: HttpPage[];
  log: (message: string) => void;
}

const projectRoot = () => path.join(/*turbopackIgnore: true*/ process.cwd());
const distDir = () => path.join(projectRoot(), process.env.NEXT_DIST_DIR || ".next");
const nextBin = () => path.join(projectRoot(), "node_modules", "next", "dist", "bin", "next");

function serverEnv(options: HttpOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NODE_OPTIONS: "",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_SECRET: options.secret,
    NEXTAUTH_URL: `http://127.0.0.1:${options.port}`,
    LOG_LEVEL: "warn",
  };
}

function run(command: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { env, stdio: ["ignore", "pipe", "pipe"] });
    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      writeFileSync(logFile, Buffer.concat(output));
      if (code === 0) resolve();
      else reject(new Error(`${command.join(" ")} failed (exit ${code}); output in ${logFile}`));
    });
  });
}

async function waitForHealth(base: string, server: ChildProcess, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start stopped (exit ${server.exitCode})`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`next start did not answer ${base}/api/health within ${seconds} s`);
}

/** Cookies as a browser keeps them: name → value, updated from every Set-Cookie. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const separator = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, separator).trim(), pair!.slice(separator + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

async function signIn(base: string, user: HttpUser): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email: user.email, password: user.password, json: "true" });
  if (user.totpSecret) form.set("code", totpCodeOf(user.totpSecret));
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.header() },
    body: form,
    redirect: "manual",
  });
  jar.take(response);
  const target = response.headers.get("location") ?? (await response.text());
  if (response.status >= 400 || target.includes("error=") || !jar.header().includes("session-token"))
    throw new Error(`signing in as ${user.email} failed (${response.status} ${target.slice(0, 200)})`);
  return jar;
}

const gzipCache = new Map<string, number>();

/** Gzipped size of the scripts an HTML page loads, read from the build output. */
function firstLoadJs(html: string): { bytes: number; scripts: number } {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    if (/\bnoModule\b/i.test(match[0])) continue;
    sources.add(match[1]!.split("?")[0]!);
  }
  let bytes = 0;
  for (const source of sources) {
    if (!source.startsWith("/_next/")) continue;
    const file = path.join(distDir(), decodeURIComponent(source.slice("/_next/".length)));
    let size = gzipCache.get(file);
    if (size === undefined) {
      size = existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
      gzipCache.set(file, size);
    }
    bytes += size;
  }
  return { bytes, scripts: sources.size };
}

async function timePage(base: string, jar: CookieJar, page: HttpPage, options: HttpOptions) {
  const get = async () => {
    const response = await fetch(`${base}${page.path}`, {
      headers: { Cookie: jar.header() },
      redirect: "manual",
    });
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, body };
  };
  let last = await get(); // warm-up: compiled route, caches
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < options.iterations; i++) {
    const start = performance.now();
    last = await get();
    samples.push(performance.now() - start);
    if (samples.length >= 5 && performance.now() - started > options.maxSeconds * 1000) break;
  }
  const js = page.isDownload || last.status !== 200 ? null : firstLoadJs(last.body.toString("utf8"));
  return {
    name: page.name,
    path: page.path,
    status: last.status,
    timings: summarise(samples),
    bytes: last.body.length,
    firstLoadJs: js?.bytes ?? null,
    scripts: js?.scripts ?? 0,
  };
}

export async function benchHttp(options: HttpOptions): Promise<HttpResult[]> {
  const env = serverEnv(options);
  const logDir = path.join(projectRoot(), ".data");
  if (options.build) {
    options.log("building the app (next build)…");
    const started = performance.now();
    await run([nextBin(), "build"], env, path.join(logDir, "bench-build.log"));
    options.log(`built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } else if (!existsSync(path.join(distDir(), "BUILD_ID"))) {
    throw new Error(`no build in ${distDir()}: run without --no-build (or npm run build first)`);
  }
  const base = `http://127.0.0.1:${options.port}`;
  // The server's own log (errors of pages that fail at this size) goes to a file, not between the figures.
  const serverLog = path.join(logDir, "bench-server.log");
  const logFd = openSync(serverLog, "w");
  options.log(`next start on ${base} (its log: ${serverLog})`);
  const server = spawn(
    process.execPath,
    [nextBin(), "start", "-p", String(options.port), "-H", "127.0.0.1"],
    {
      env,
      stdio: ["ignore", logFd, logFd],
    },
  );
  try {
    await waitForHealth(base, server, 120);
    const jars = {} as Record<HttpPage["user"], CookieJar>;
    for (const role of Object.keys(options.users) as HttpPage["user"][]) {
      jars[role] = await signIn(base, options.users[role]);
    }
    const results: HttpResult[] = [];
    for (const page of options.pages) {
      const result = await timePage(base, jars[page.user], page, options).catch((error: unknown) => {
        options.log(`${page.path} failed: ${error instanceof Error ? error.message : String(error)}`);
        const failed: HttpResult = {
          name: page.name,
          path: page.path,
          status: 0,
          timings: summarise([]),
          bytes: 0,
          firstLoadJs: null,
          scripts: 0,
        };
        return failed;
      });
      if (result.status !== 200) options.log(`${page.path} answered ${result.status}`);
      results.push(result);
    }
    return results;
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve)));
    closeSync(logFd);
  }
}
