import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { checksumOf, manualBlocks, matchesChecksum, readMigrations } from "@/lib/database/migrations";

describe("migration checksums", () => {
  const script = 'CREATE TABLE "A" ("id" INT);\nCREATE INDEX "A_id" ON "A"("id");\n';

  it("is the SHA-256 of the file, as Prisma records it", () => {
    expect(checksumOf("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(checksumOf(script)).toHaveLength(64);
  });

  it("tolerates line endings changed by git, like Prisma", () => {
    const recorded = checksumOf(script);
    expect(matchesChecksum(script.replace(/\n/g, "\r\n"), recorded)).toBe(true);
    expect(matchesChecksum(script, checksumOf(script.replace(/\n/g, "\r\n")))).toBe(true);
  });

  it("detects any other edit", () => {
    expect(matchesChecksum(script.replace("INT", "BIGINT"), checksumOf(script))).toBe(false);
    expect(matchesChecksum(`${script}-- comment\n`, checksumOf(script))).toBe(false);
  });
});

describe("readMigrations", () => {
  it("lists folders with a migration.sql in name order and ignores the rest", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    for (const name of ["20260102000000_b", "20260101000000_a"]) {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, "migration.sql"), `-- ${name}\n`);
    }
    mkdirSync(path.join(dir, "20260103000000_empty"));
    writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
    expect(readMigrations(dir).map((m) => m.name)).toEqual(["20260101000000_a", "20260102000000_b"]);
  });
});

describe("manualBlocks", () => {
  it("extracts the hand-written statements between the markers", () => {
    const sql = [
      "CREATE TABLE x ();",
      "-- reprise:manual begin (checks)",
      "ALTER TABLE x ADD CHECK (true);",
      "-- reprise:manual end",
      "-- reprise:manual begin",
      "CREATE INDEX y ON x ((1));",
      "-- reprise:manual end",
    ].join("\n");
    expect(manualBlocks(sql).map((block) => block.trim())).toEqual([
      "ALTER TABLE x ADD CHECK (true);",
      "CREATE INDEX y ON x ((1));",
    ]);
  });
});
