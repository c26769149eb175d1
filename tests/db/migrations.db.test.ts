// The migrations folder and schema.prisma must describe the same database, the applier must keep Prisma's
// bookkeeping, and history must not be rewritten silently.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { describeSchema } from "@/lib/database/catalog";
import {
  applyMigrations,
  checksumOf,
  manualBlocks,
  MigrationError,
  readMigrations,
} from "@/lib/database/migrations";
import { diffSchemas } from "@/lib/database/schema-engine";

import { testDatabaseUrl } from "../support/db-setup";
import { createScratchDatabase, query } from "../support/scratch";

const MIGRATIONS = path.resolve("prisma/migrations");
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function scratch() {
  const db = await createScratchDatabase();
  cleanups.push(db.drop);
  return db.url;
}

function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "reprise-migrations-"));
  cpSync(MIGRATIONS, dir, { recursive: true });
  return dir;
}

describe("migrations", () => {
  it("apply on an empty database and give exactly the database schema.prisma describes", async () => {
    const migrated = await scratch();
    await applyMigrations(migrated, MIGRATIONS);

    // The reference: Prisma's own SQL for the whole schema, plus the hand-written integrity rules.
    const reference = await scratch();
    const schema = readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
    const sql = await diffSchemas(null, schema, reference);
    const manual = readMigrations(MIGRATIONS).flatMap((migration) => manualBlocks(migration.sql));
    await query(reference, [sql, ...manual].join("\n"));

    const [actual, expected] = await Promise.all([describeSchema(migrated), describeSchema(reference)]);
    expect(actual.length).toBeGreaterThan(20);
    expect(actual.filter((line) => !expected.includes(line))).toEqual([]);
    expect(expected.filter((line) => !actual.includes(line))).toEqual([]);
  });

  it("are recorded as Prisma records them, and re-running applies nothing", async () => {
    const url = testDatabaseUrl(); // migrated from the template already
    const files = readMigrations(MIGRATIONS);
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    for (const [index, row] of rows.entries()) {
      expect(row.checksum).toBe(checksumOf(files[index]!.sql));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    const again = await applyMigrations(url, MIGRATIONS);
    expect(again).toEqual({ applied: [], alreadyApplied: files.length });
    const after = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "_prisma_migrations"`);
    expect(Number(after[0]!.n)).toBe(files.length);
  });

  it("refuse to run when an applied migration was edited afterwards", async () => {
    const url = await scratch();
    const dir = copyOfMigrations();
    await applyMigrations(url, dir);
    const first = readMigrations(dir)[0]!;
    writeFileSync(path.join(dir, first.name, "migration.sql"), `${first.sql}\n-- edited later\n`);
    await expect(applyMigrations(url, dir)).rejects.toThrow(MigrationError);
    await expect(applyMigrations(url, dir)).rejects.toThrow(
      new RegExp(`${first.name} was edited after it was applied`),
    );
  });

  it("roll a failing migration back completely and record the failure", async () => {
    const url = await scratch();
    const dir = copyOfMigrations();
    await applyMigrations(url, dir);
    const broken = "29991231000000_broken";
    mkdirSync(path.join(dir, broken));
    writeFileSync(
      path.join(dir, broken, "migration.sql"),
      'CREATE TABLE "Half" ("id" INT);\nSELECT * FROM "NoSuchTable";\n',
    );
    await expect(applyMigrations(url, dir)).rejects.toThrow(
      /29991231000000_broken failed and was rolled back/,
    );
    const tables = await query(url, `SELECT 1 FROM pg_tables WHERE tablename = 'Half'`);
    expect(tables).toEqual([]);
    const [row] = await query<{ rolled_back_at: Date | null; logs: string }>(
      url,
      `SELECT rolled_back_at, logs FROM "_prisma_migrations" WHERE migration_name = $1`,
      [broken],
    );
    expect(row?.rolled_back_at).not.toBeNull();
    expect(row?.logs).toMatch(/NoSuchTable/);
  });
});
