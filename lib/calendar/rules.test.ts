import { describe, expect, it } from "vitest";

import {
  addWorkingDays,
  easterSunday,
  isWorkingDay,
  lastWorkingDayBefore,
  publicHolidays,
} from "@/lib/calendar/rules";

describe("Easter and public holidays", () => {
  it.each([
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
  ])("Easter %i is %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it("lists the ten Belgian holidays of 2026", () => {
    expect([...publicHolidays(2026)].sort()).toEqual([
      "2026-01-01",
      "2026-04-06", // Easter Monday
      "2026-05-01",
      "2026-05-14", // Ascension
      "2026-05-25", // Whit Monday
      "2026-07-21",
      "2026-08-15",
      "2026-11-01",
      "2026-11-11",
      "2026-12-25",
    ]);
  });

  it("knows weekends and holidays are not working days", () => {
    expect(isWorkingDay("2026-11-21")).toBe(false); // Saturday
    expect(isWorkingDay("2026-11-11")).toBe(false); // Armistice, a Wednesday
    expect(isWorkingDay("2026-11-12")).toBe(true);
  });
});

describe("addWorkingDays (the N-th working day after D, D not counted)", () => {
  it("counts 30 working days across Easter Monday and 1 May", () => {
    // 24–27 Mar (4), 30 Mar–3 Apr (9), 6 Apr holiday, 7–10 Apr (13), … 27–30 Apr (27), 1 May holiday, 4–6 May (30)
    expect(addWorkingDays("2026-03-23", 30)).toBe("2026-05-06");
  });

  it("counts 30 working days across Christmas and New Year", () => {
    // 15–18 Dec (4), 21–24 Dec (8), 25 Dec holiday, 28–31 Dec (12), 1 Jan holiday, … 25–27 Jan (30)
    expect(addWorkingDays("2026-12-14", 30)).toBe("2027-01-27");
  });

  it("counts across Ascension and Whit Monday", () => {
    expect(addWorkingDays("2026-04-30", 30)).toBe("2026-06-16");
  });

  it("does not count the start day, even when it is a working day", () => {
    expect(addWorkingDays("2026-11-23", 1)).toBe("2026-11-24");
    expect(addWorkingDays("2026-11-20", 1)).toBe("2026-11-23"); // Friday → Monday
  });

  it("finds the last working day before a date", () => {
    expect(lastWorkingDayBefore("2026-11-23")).toBe("2026-11-20"); // Monday → Friday
    expect(lastWorkingDayBefore("2026-11-12")).toBe("2026-11-10"); // 11 Nov is a holiday
  });
});
