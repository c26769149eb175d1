import { describe, expect, it } from "vitest";

import {
  addDays,
  addMonths,
  addYears,
  brusselsLocalToInstant,
  brusselsMidnight,
  dayDate,
  dayOfWeek,
  diffDays,
  fromDbDate,
  instantToBrusselsLocal,
  isISODate,
  todayInBrussels,
  yearsBetween,
} from "@/lib/dates";

describe("calendar arithmetic (DOMAIN.md conventions)", () => {
  it("adds days across month and year ends", () => {
    expect(addDays("2025-12-25", 7)).toBe("2026-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("clamps months to the last day", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-03-31", 3)).toBe("2026-06-30");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-05-15", -6)).toBe("2025-11-15");
  });

  it("maps 29 February + 1 year to 28 February", () => {
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("counts days between dates", () => {
    expect(diffDays("2026-01-01", "2026-12-31")).toBe(364);
    expect(diffDays("2026-03-29", "2026-03-30")).toBe(1); // across the switch to summer time
    expect(diffDays("2026-02-01", "2026-01-01")).toBe(-31);
  });

  it("computes ages in whole years", () => {
    expect(yearsBetween("1971-06-15", "2026-06-14")).toBe(54);
    expect(yearsBetween("1971-06-15", "2026-06-15")).toBe(55);
  });

  it("validates real dates only", () => {
    expect(isISODate("2026-02-29")).toBe(false);
    expect(isISODate("2028-02-29")).toBe(true);
    expect(isISODate("2026-13-01")).toBe(false);
  });

  it("knows the weekday", () => {
    expect(dayOfWeek("2026-11-22")).toBe(0); // a Sunday
  });

  it("uses Brussels time for 'today' and day boundaries", () => {
    expect(todayInBrussels(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(brusselsMidnight("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(brusselsMidnight("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
  });

  it("converts Brussels wall-clock times to instants and back, in winter and summer", () => {
    expect(brusselsLocalToInstant("2026-01-15T09:30").toISOString()).toBe("2026-01-15T08:30:00.000Z");
    expect(brusselsLocalToInstant("2026-07-01T09:30").toISOString()).toBe("2026-07-01T07:30:00.000Z");
    // Just after local midnight the UTC date is still the day before.
    expect(brusselsLocalToInstant("2026-07-01T00:15").toISOString()).toBe("2026-06-30T22:15:00.000Z");
    expect(instantToBrusselsLocal(new Date("2026-06-30T22:15:00Z"))).toBe("2026-07-01T00:15");
    expect(instantToBrusselsLocal(new Date("2026-12-31T23:59:00Z"))).toBe("2027-01-01T00:59");
    for (const local of ["2026-03-28T23:45", "2026-10-26T06:00", "2026-11-22T14:30"]) {
      expect(instantToBrusselsLocal(brusselsLocalToInstant(local))).toBe(local);
    }
  });

  it("keeps calendar dates on the same day through the database and the formatter", () => {
    expect(fromDbDate(dayDate("2024-02-29"))).toBe("2024-02-29");
    const shown = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric" }).format(
      dayDate("2026-07-01"),
    );
    expect(shown).toBe("1");
  });
});
