// The audit trail's filter and table name each record type in the reader's language: every entity a mutation
// writes must be offered by the filter (AUDIT_ENTITIES) and have a label.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { AUDIT_ENTITIES } from "@/lib/audit/schemas";

const written = new Set(
  execFileSync("git", ["ls-files", "lib/**/*.ts"], { encoding: "utf8" })
    .split("\n")
    .filter((file) => file && !file.includes(".test.") && !file.startsWith("lib/generated/"))
    .flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\bentity: "([A-Za-z]+)"/g)].map((m) => m[1]!),
    ),
);

describe("audit entities", () => {
  it("finds the entities the mutations write", () => {
    expect(written.size).toBeGreaterThan(10);
    expect(written.has("AuthorisedActivity")).toBe(true);
  });

  it("offers every written entity in the audit filter", () => {
    expect([...written].filter((entity) => !(AUDIT_ENTITIES as readonly string[]).includes(entity))).toEqual(
      [],
    );
  });

  it.each(["en", "fr", "nl"])("labels every entity in %s", (locale) => {
    const labels = JSON.parse(readFileSync(`lib/i18n/messages/${locale}.json`, "utf8")).enums.auditEntity;
    expect(Object.keys(labels).sort()).toEqual([...AUDIT_ENTITIES].sort());
  });
});
