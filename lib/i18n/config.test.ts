import { describe, expect, it } from "vitest";

import { localeFromAcceptLanguage } from "@/lib/i18n/config";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["fr-BE,fr;q=0.9,en;q=0.8", "fr"],
    ["nl-BE", "nl"],
    ["de-DE,de;q=0.9,en;q=0.5", "de"],
    ["de-BE", "de"],
    ["en;q=0.3,nl;q=0.7", "nl"],
    ["es-ES", null],
    ["", null],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
