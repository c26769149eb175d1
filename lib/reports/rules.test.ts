import { describe, expect, it } from "vitest";

import {
  completeDistribution,
  exportFileName,
  isSmallCell,
  MIN_CELL_SIZE,
  slug,
  suppressRow,
} from "@/lib/reports/rules";
import type { ReportFilter } from "@/lib/reports/schemas";

describe("small-cell suppression", () => {
  it("suppresses groups of 4 and shows groups of 5", () => {
    expect(MIN_CELL_SIZE).toBe(5);
    expect(isSmallCell(4)).toBe(true);
    expect(isSmallCell(5)).toBe(false);
    expect(isSmallCell(0)).toBe(true);
  });

  it("keeps the count and the keys of a small group and nulls every metric", () => {
    const row = { group: "X", periods: 4, share: 3.2, meanIncapacityDays: 120.5 };
    expect(suppressRow(row, row.periods, ["share", "meanIncapacityDays"])).toEqual({
      group: "X",
      periods: 4,
      share: null,
      meanIncapacityDays: null,
      suppressed: true,
    });
  });

  it("leaves a group of 5 untouched, nulls included", () => {
    const row = { group: "F", periods: 5, share: 50, median: null };
    expect(suppressRow(row, row.periods, ["share", "median"])).toEqual({ ...row, suppressed: false });
  });

  it("also suppresses when another base it depends on is small (a conversion from a stage of 3)", () => {
    const row = { stage: "invited", periods: 12, conversion: 33.3 };
    expect(suppressRow(row, 12, ["conversion"], [3])).toEqual({ ...row, conversion: null, suppressed: true });
    expect(suppressRow(row, 12, ["conversion"], [5]).suppressed).toBe(false);
  });

  it("does not change the row it was given", () => {
    const row = { periods: 1, share: 10 };
    suppressRow(row, 1, ["share"]);
    expect(row.share).toBe(10);
  });
});

describe("completeDistribution", () => {
  it("lists every category in order, absent ones as 0, and suppresses each on its own count", () => {
    const distribution = completeDistribution(
      ["A", "B", "C"],
      [
        { key: "C", count: 7, share: 63.6 },
        { key: "A", count: 4, share: 36.4 },
      ],
    );
    expect(distribution).toEqual({
      total: 11,
      rows: [
        { key: "A", count: 4, share: null, suppressed: true },
        { key: "B", count: 0, share: null, suppressed: true },
        { key: "C", count: 7, share: 63.6, suppressed: false },
      ],
    });
  });

  it("keeps a category the database knows and the list does not (a new enum value)", () => {
    expect(
      completeDistribution(["A"], [{ key: "NEW", count: 9, share: 100 }]).rows.map((row) => row.key),
    ).toEqual(["A", "NEW"]);
  });
});

describe("export file names", () => {
  const base: ReportFilter = {
    from: null,
    to: null,
    asOf: "2026-11-22",
    by: null,
    team: null,
    region: null,
    coordinator: null,
  };

  it("name the report and the as-of date", () => {
    expect(exportFileName("cohort", base, "csv")).toBe("reprise-cohort_asof-2026-11-22.csv");
  });

  it("carry every filter that was set, team and coordinator by name", () => {
    const filter: ReportFilter = {
      from: "2026-01-01",
      to: "2026-06-30",
      asOf: "2026-11-22",
      by: "ageBand",
      team: "0194f3a0-0000-7000-8000-000000000001",
      region: "BRUSSELS",
      coordinator: "0194f3a0-0000-7000-8000-000000000002",
    };
    expect(
      exportFileName("cohort", filter, "xlsx", { team: "Équipe Liège", coordinator: "Anne-Marie D'Hondt" }),
    ).toBe(
      "reprise-cohort_asof-2026-11-22_from-2026-01-01_to-2026-06-30_by-ageband_team-equipe-liege_region-brussels_coordinator-anne-marie-d-hondt.xlsx",
    );
  });

  it("fall back to the id when a name is unknown, and name the table of a multi-table CSV", () => {
    const filter = { ...base, team: "0194f3a0-0000-7000-8000-000000000001" };
    expect(exportFileName("compliance", filter, "csv", { table: "months" })).toBe(
      "reprise-compliance-months_asof-2026-11-22_team-0194f3a0.csv",
    );
  });

  it("slug removes accents and anything a file system could choke on", () => {
    expect(slug(' Équipe "Oost"/Vlaanderen: ça ')).toBe("equipe-oost-vlaanderen-ca");
  });
});
