// The three interface languages must offer the same texts: a key missing in one language would show the
// raw key to its users.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

const dir = path.resolve("lib/i18n/messages");
const files = readdirSync(dir).filter((file) => file.endsWith(".json"));

function flatten(node: unknown, prefix = ""): Record<string, string> {
  if (typeof node === "string") return { [prefix]: node };
  return Object.assign(
    {},
    ...Object.entries(node as Record<string, unknown>).map(([key, value]) =>
      flatten(value, prefix ? `${prefix}.${key}` : key),
    ),
  );
}

const catalogs = Object.fromEntries(
  files.map((file) => [
    file.replace(".json", ""),
    flatten(JSON.parse(readFileSync(path.join(dir, file), "utf8"))),
  ]),
);

describe("message catalogs", () => {
  it("exist for nl, fr and en", () => {
    expect(Object.keys(catalogs).sort()).toEqual(["en", "fr", "nl"]);
  });

  it.each(["fr", "nl"])("%s has exactly the keys of en", (locale) => {
    const en = Object.keys(catalogs.en!).sort();
    expect(Object.keys(catalogs[locale]!).sort()).toEqual(en);
  });

  it.each(["en", "fr", "nl"])("%s has no empty texts", (locale) => {
    const empty = Object.entries(catalogs[locale]!).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  it.each(["fr", "nl"])("%s uses the same placeholders as en", (locale) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    const mismatches = Object.entries(catalogs.en!).filter(
      ([key, text]) =>
        JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(catalogs[locale]![key] ?? "")),
    );
    expect(mismatches.map(([key]) => key)).toEqual([]);
  });
});
