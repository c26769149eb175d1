// Start-up of the data layer, shared by the web server (instrumentation.ts) and the scripts: with no
// DATABASE_URL, start the embedded PostgreSQL; then apply pending migrations.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/database/embedded";
import { applyMigrations } from "@/lib/database/migrations";
import { getEnv, setRuntimeEnv, wantsEmbeddedDatabase } from "@/lib/env";

export function projectPath(...parts: string[]): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), ...parts);
}

export const MIGRATIONS_DIR = () => projectPath("prisma", "migrations");

/** A signing secret for local installs, generated once and kept beside the embedded database. */
function localSecret(dataDir: string): string {
  const file = path.join(path.dirname(dataDir), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export interface BootstrapResult {
  embedded: EmbeddedDatabase | null;
  applied: string[];
}

export async function bootstrapDatabase(
  options: { migrate?: boolean; log?: (message: string) => void } = {},
): Promise<BootstrapResult> {
  const log = options.log ?? ((message: string) => console.log(`[reprise] ${message}`));
  let embedded: EmbeddedDatabase | null = null;
  if (wantsEmbeddedDatabase()) {
    const dataDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), getEnv().EMBEDDED_DATABASE_DIR);
    embedded = await startEmbeddedPostgres({ dataDir, port: getEnv().EMBEDDED_DATABASE_PORT });
    log(
      embedded.isOwner
        ? `embedded PostgreSQL started (${embedded.dataDir})`
        : `using the embedded PostgreSQL already running on ${embedded.dataDir}`,
    );
    setRuntimeEnv({
      DATABASE_URL: embedded.url,
      NEXTAUTH_SECRET: getEnv().NEXTAUTH_SECRET ? undefined : localSecret(embedded.dataDir),
    });
  }
  let applied: string[] = [];
  if (options.migrate ?? true) {
    const result = await applyMigrations(getEnv().DATABASE_URL!, MIGRATIONS_DIR(), log);
    applied = result.applied;
    if (!applied.length) log(`database schema up to date (${result.alreadyApplied} migrations)`);
  }
  return { embedded, applied };
}
