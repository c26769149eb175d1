// The project's migration applier. It applies prisma/migrations/<name>/migration.sql in name order and keeps
// Prisma's own bookkeeping table, so `prisma migrate deploy` on a connected machine sees the same history.
// docs/decisions/002-offline-migrations.md
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import pg from "pg";

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Prisma's checksum: the SHA-256 of the script, hex-encoded. */
export function checksumOf(script: string): string {
  return createHash("sha256").update(script, "utf8").digest("hex");
}

/**
 * Prisma accepts a script whose line endings git changed since it was applied (LF vs CRLF); so do we.
 * Any other edit changes the checksum.
 */
export function matchesChecksum(script: string, checksum: string): boolean {
  const lf = script.replace(/\r\n/g, "\n");
  const crlf = lf.replace(/\n/g, "\r\n");
  return [script, lf, crlf].some((candidate) => checksumOf(candidate) === checksum);
}

export function readMigrations(migrationsDir: string): MigrationFile[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

/** The statements a migration adds by hand (what Prisma's schema language cannot express). */
export function manualBlocks(sql: string): string[] {
  const blocks: string[] = [];
  const pattern = /^-- reprise:manual begin[^\n]*\n([\s\S]*?)^-- reprise:manual end/gm;
  for (const match of sql.matchAll(pattern)) blocks.push(match[1] ?? "");
  return blocks;
}

// The table exactly as Prisma's schema engine creates it on PostgreSQL.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// Any constant will do as long as every applier of this project uses it; it serialises concurrent starts.
const ADVISORY_LOCK_KEY = 72707369;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export interface ApplyResult {
  applied: string[];
  alreadyApplied: number;
}

export async function applyMigrations(
  connectionString: string,
  migrationsDir: string,
  log: (message: string) => void = () => {},
): Promise<ApplyResult> {
  const migrations = readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"
       WHERE rolled_back_at IS NULL ORDER BY started_at`,
    );
    const byName = new Map(rows.map((row) => [row.migration_name, row]));

    for (const row of rows) {
      if (row.finished_at === null) {
        throw new MigrationError(
          `Migration ${row.migration_name} started but did not finish. Inspect the database, then mark it` +
            ` rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name =` +
            ` '${row.migration_name}') or finished, and run the migrations again.`,
        );
      }
    }
    for (const migration of migrations) {
      const row = byName.get(migration.name);
      if (row && !matchesChecksum(migration.sql, row.checksum)) {
        throw new MigrationError(
          `Migration ${migration.name} was edited after it was applied to this database ` +
            `(checksum ${row.checksum.slice(0, 12)}… recorded, ${migration.checksum.slice(0, 12)}… on disk). ` +
            `Restore the original file and put the change in a new migration (npm run db:migration -- <name>).`,
        );
      }
    }

    const pending = migrations.filter((migration) => !byName.has(migration.name));
    const applied: string[] = [];
    for (const migration of pending) {
      const id = randomUUID();
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), 0)`,
        [id, migration.checksum, migration.name],
      );
      try {
        // PostgreSQL DDL is transactional: a failing migration leaves nothing half-applied.
        await client.query("BEGIN");
        await client.query(migration.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        await client.query(
          `UPDATE "_prisma_migrations" SET rolled_back_at = now(), logs = $2 WHERE id = $1`,
          [id, String(error instanceof Error ? error.message : error)],
        );
        throw new MigrationError(
          `Migration ${migration.name} failed and was rolled back: ${error instanceof Error ? error.message : error}`,
        );
      }
      log(`applied ${migration.name}`);
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: migrations.length - pending.length };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
