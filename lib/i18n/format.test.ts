import { describe, expect, it } from "vitest";

import { LOCALES } from "@/lib/i18n/config";
import { formatFor } from "@/lib/i18n/format";

// 13:30 UTC on 16 November 2026 is 14:30 on Brussels clocks (winter time); 22:30 UTC on 30 June is already
// 1 July in Brussels (summer time).
const AFTERNOON = new Date("2026-11-16T13:30:00Z");
const LATE_JUNE = new Date("2026-06-30T22:30:00Z");

describe("one date and one date-time format per language", () => {
  it.each([
    ["en", "16 November 2026", "16 November 2026 at 14:30"],
    ["nl", "16 november 2026", "16 november 2026 om 14:30"],
    ["fr", "16 novembre 2026", "16 novembre 2026 à 14:30"],
    ["de", "16. November 2026", "16. November 2026 um 14:30"],
  ] as const)("%s: %s, %s", (locale, date, dateTime) => {
    const format = formatFor(locale);
    expect(format.date("2026-11-16")).toBe(date);
    expect(format.date(AFTERNOON)).toBe(date);
    expect(format.dateTime(AFTERNOON)).toBe(dateTime);
  });

  it.each(LOCALES)("%s writes a calendar date and the Brussels day of an instant alike", (locale) => {
    const format = formatFor(locale);
    expect(format.date(LATE_JUNE)).toBe(format.date("2026-07-01"));
    expect(format.dateTime(LATE_JUNE)).toContain("00:30");
  });

  it.each(LOCALES)("%s never uses a 12-hour clock or puts the month first", (locale) => {
    const format = formatFor(locale);
    const evening = format.dateTime(new Date("2026-03-02T21:05:00Z"));
    expect(evening).toContain("22:05");
    expect(evening).not.toMatch(/\b(AM|PM|am|pm)\b/);
    expect(format.date("2026-03-02")).toMatch(/^2\.? /);
  });

  it("formats numbers the Belgian way, and British English for en", () => {
    expect(formatFor("nl").number(1234.5, "decimal1")).toBe("1.234,5");
    expect(formatFor("de").number(1234.5, "decimal1")).toBe("1.234,5");
    expect(formatFor("fr").number(19.256, "decimal2")).toBe("19,26");
    expect(formatFor("en").number(1234.5)).toBe("1,234.5");
    expect(formatFor("fr").number(7, "decimal1")).toBe("7,0");
  });

  it("writes months short, for chart axes", () => {
    expect(formatFor("en").month("2026-06-15")).toBe("Jun 2026");
    expect(formatFor("de").month("2026-06-15")).toBe("Juni 2026");
  });
});
