// The four interface languages must offer the same texts: a key missing in one language would show the raw
// key to its users, a text equal to its English one is most likely a forgotten translation, and a broken ICU
// message fails only when someone opens the page that uses it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";

import { LOCALES } from "@/lib/i18n/config";

import { SAME_AS_ENGLISH } from "./messages-same-as-english";

const dir = path.resolve("lib/i18n/messages");
const files = readdirSync(dir).filter((file) => file.endsWith(".json"));
const TRANSLATIONS = LOCALES.filter((locale) => locale !== "en");

function flatten(node: unknown, prefix = ""): Record<string, string> {
  if (typeof node === "string") return { [prefix]: node };
  return Object.assign(
    {},
    ...Object.entries(node as Record<string, unknown>).map(([key, value]) =>
      flatten(value, prefix ? `${prefix}.${key}` : key),
    ),
  );
}

const raw = Object.fromEntries(
  files.map((file) => [file.replace(".json", ""), JSON.parse(readFileSync(path.join(dir, file), "utf8"))]),
);
const catalogs: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(raw).map(([locale, messages]) => [locale, flatten(messages)]),
);
const en = catalogs.en!;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe("message catalogs", () => {
  it("exist for every interface language, and only for those", () => {
    expect(Object.keys(catalogs).sort()).toEqual([...LOCALES].sort());
  });

  it.each(TRANSLATIONS)("%s has exactly the keys of en", (locale) => {
    expect(Object.keys(catalogs[locale]!).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LOCALES)("%s has no empty texts", (locale) => {
    const empty = Object.entries(catalogs[locale]!).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  it.each(TRANSLATIONS)("%s uses the same placeholders as en", (locale) => {
    const mismatches = Object.entries(en).filter(
      ([key, text]) =>
        JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(catalogs[locale]![key] ?? "")),
    );
    expect(mismatches.map(([key]) => key)).toEqual([]);
  });

  it.each(TRANSLATIONS)("%s translates every text, except those listed as the same on purpose", (locale) => {
    const untranslated = Object.entries(en)
      .filter(([key, text]) => catalogs[locale]![key] === text)
      .map(([key]) => key)
      .filter((key) => !SAME_AS_ENGLISH[key]?.locales.includes(locale));
    expect(untranslated).toEqual([]);
  });

  it("lists as the same on purpose only texts that are the same, each with a reason", () => {
    const stale = Object.entries(SAME_AS_ENGLISH).flatMap(([key, { locales, reason }]) => [
      ...(reason.trim() ? [] : [`${key}: no reason`]),
      ...locales.filter((locale) => catalogs[locale]![key] !== en[key]).map((locale) => `${key} (${locale})`),
    ]);
    expect(stale).toEqual([]);
  });

  it.each(LOCALES)("%s: every message is valid ICU and renders with its placeholders", (locale) => {
    const errors: string[] = [];
    const t = createTranslator({
      locale,
      messages: raw[locale],
      timeZone: "Europe/Brussels",
      onError: (error) => errors.push(error.message),
    });
    for (const [key, text] of Object.entries(catalogs[locale]!)) {
      const values = Object.fromEntries(placeholders(text).map((name) => [name!, 2]));
      const rendered = (t as unknown as (key: string, values: object) => string)(key, values);
      expect(rendered, key).not.toContain("{");
    }
    expect(errors).toEqual([]);
  });
});

// French typography (issue 11): a no-break space before the high punctuation and inside guillemets, so a
// colon never starts a line and « Catégorie: 4 » cannot sit beside « Échéance : … ».
describe("French typography", () => {
  const fr = Object.entries(catalogs.fr!);

  it("puts a no-break space, never an ordinary one or none, before : ; ? ! and after a number before %", () => {
    const wrong = fr.filter(([, text]) => {
      const plain = text.replace(/\{[^}]*\}/g, "0");
      return /(^|[^\u00a0\u202f])[:;?!]/.test(plain) || /\d ?%/.test(plain);
    });
    expect(wrong.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it("quotes with « » and no-break spaces inside them", () => {
    const wrong = fr.filter(
      ([, text]) => /["“”]/.test(text) || /«(?![\u202f\u00a0])|[^\u202f\u00a0]»/.test(text),
    );
    expect(wrong.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});

describe("German typography", () => {
  it("quotes with „ “, never with straight or English quotes", () => {
    const wrong = Object.entries(catalogs.de!).filter(
      ([, text]) =>
        /["”‘’]/.test(text) || (text.match(/„/g) ?? []).length !== (text.match(/“/g) ?? []).length,
    );
    expect(wrong.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
