#!/usr/bin/env node
// Merges translations into lib/i18n/messages/{nl,fr,de,en}.json:
//   node scripts/i18n-merge.mjs fragment.json
// where fragment.json is { "en": { "ns": { … } }, "fr": { … }, "nl": { … }, "de": { … } }. Existing keys are
// replaced, others kept; the four files are rewritten with two-space indentation. Refuses a fragment that
// does not give the same keys in every language, so no language is left showing a raw key.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const LANGUAGES = ["nl", "fr", "de", "en"];
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../lib/i18n/messages");
const file = process.argv[2];
if (!file) {
  console.error("Usage: node scripts/i18n-merge.mjs fragment.json");
  process.exit(1);
}
const fragment = JSON.parse(readFileSync(file, "utf8"));

const unknown = Object.keys(fragment).filter((language) => !LANGUAGES.includes(language));
if (unknown.length) {
  console.error(`unknown language ${unknown.join(", ")}: expected ${LANGUAGES.join(", ")}`);
  process.exit(1);
}

const flat = (node, prefix = "") =>
  typeof node === "string"
    ? [prefix]
    : Object.entries(node).flatMap(([k, v]) => flat(v, prefix ? `${prefix}.${k}` : k));
const keys = Object.fromEntries(LANGUAGES.map((l) => [l, new Set(flat(fragment[l] ?? {}))]));
for (const locale of LANGUAGES.filter((l) => l !== "en")) {
  const missing = [...keys.en].filter((k) => !keys[locale].has(k));
  const extra = [...keys[locale]].filter((k) => !keys.en.has(k));
  if (missing.length || extra.length) {
    console.error(
      `${locale} differs from en: missing ${missing.slice(0, 5).join(", ")} extra ${extra.slice(0, 5).join(", ")}`,
    );
    process.exit(1);
  }
}

function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      target[key] = merge(target[key] && typeof target[key] === "object" ? target[key] : {}, value);
    } else target[key] = value;
  }
  return target;
}

for (const locale of LANGUAGES) {
  const target = path.join(dir, `${locale}.json`);
  const merged = merge(JSON.parse(readFileSync(target, "utf8")), fragment[locale] ?? {});
  writeFileSync(`${target}.tmp`, `${JSON.stringify(merged, null, 2)}\n`);
  renameSync(`${target}.tmp`, target);
}
console.log(`merged ${keys.en.size} keys into ${LANGUAGES.join(", ")}`);
