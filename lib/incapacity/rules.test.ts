import { describe, expect, it } from "vitest";

import { classifyRelapse, dayCount, phaseOn, regimeOf } from "@/lib/incapacity/rules";

describe("phase", () => {
  it("is PRIMARY until the day before start + 1 year, INVALIDITY from start + 1 year", () => {
    expect(phaseOn("2025-03-10", "2026-03-09")).toBe("PRIMARY");
    expect(phaseOn("2025-03-10", "2026-03-10")).toBe("INVALIDITY");
  });
  it("counts from 28 February after a 29 February start", () => {
    expect(phaseOn("2024-02-29", "2025-02-27")).toBe("PRIMARY");
    expect(phaseOn("2024-02-29", "2025-02-28")).toBe("INVALIDITY");
  });
});

describe("day count", () => {
  it("includes the start day", () => {
    expect(dayCount("2026-11-01", "2026-11-01")).toBe(1);
    expect(dayCount("2026-01-01", "2026-12-31")).toBe(365);
  });
  it("stops at the end date", () => {
    expect(dayCount("2026-01-01", "2026-12-31", "2026-01-10")).toBe(10);
  });
});

describe("regime (V27)", () => {
  it.each([
    ["2021-12-31", "PRE_2022"],
    ["2022-01-01", "TNW_2022"],
    ["2025-12-31", "TNW_2022"],
    ["2026-01-01", "TNW_2026"],
  ])("%s → %s", (start, regime) => {
    expect(regimeOf(start)).toBe(regime);
  });
});

describe("relapse (V4)", () => {
  const primary = { startDate: "2026-01-05", endDate: "2026-06-30", endReason: "FULL_RETURN" };

  it("continues a primary period on day 14 after a full return", () => {
    expect(classifyRelapse(primary, "2026-07-14")).toMatchObject({
      isContinuation: true,
      previousPhase: "PRIMARY",
      windowEnd: "2026-07-14",
    });
  });

  it("starts a new period on day 15", () => {
    expect(classifyRelapse(primary, "2026-07-15")).toMatchObject({
      isContinuation: false,
      reason: "outsideWindow",
    });
  });

  it("only continues after a full return", () => {
    expect(classifyRelapse({ ...primary, endReason: "DISMISSAL" }, "2026-07-02")).toMatchObject({
      isContinuation: false,
      reason: "notFullReturn",
    });
  });

  it("allows 3 months after an invalidity period, clamped at month ends", () => {
    const invalidity = { startDate: "2024-06-01", endDate: "2025-11-30", endReason: "FULL_RETURN" };
    // 30 November + 3 months = 28 February (2026 is not a leap year)
    expect(classifyRelapse(invalidity, "2026-02-28")).toMatchObject({
      isContinuation: true,
      previousPhase: "INVALIDITY",
      windowEnd: "2026-02-28",
    });
    expect(classifyRelapse(invalidity, "2026-03-01")).toMatchObject({
      isContinuation: false,
      reason: "outsideWindow",
    });
  });

  it("uses 29 February in a leap year", () => {
    const invalidity = { startDate: "2022-06-01", endDate: "2023-11-30", endReason: "FULL_RETURN" };
    expect(classifyRelapse(invalidity, "2024-02-29")).toMatchObject({
      isContinuation: true,
      windowEnd: "2024-02-29",
    });
  });

  it("judges the phase on the previous end date, counting from the start of its chain", () => {
    // The previous period itself began in May 2026 but continues a chain that started in January 2025.
    const previous = { startDate: "2026-05-01", endDate: "2026-06-30", endReason: "FULL_RETURN" };
    expect(classifyRelapse(previous, "2026-09-15", "2025-01-10")).toMatchObject({
      isContinuation: true,
      previousPhase: "INVALIDITY",
    });
  });

  it("needs the previous period to be over, and the new one to start after it", () => {
    expect(classifyRelapse({ ...primary, endDate: null }, "2026-07-01")).toMatchObject({
      reason: "previousOpen",
    });
    expect(classifyRelapse(primary, "2026-06-30")).toMatchObject({ reason: "notAfterEnd" });
  });
});
