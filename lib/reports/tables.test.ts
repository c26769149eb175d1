// The tables drawn from a report are what the screen, the CSV and the XLSX show: every label must exist in
// nl, fr and en, every row must have one cell per column, and the definitions shown to users must be the
// ones the API versions.
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";

import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import nl from "@/lib/i18n/messages/nl.json";
import { GENERAL_DEFINITIONS, REPORT_DEFINITIONS } from "@/lib/reports/definitions";
import { completeDistribution, suppressRow } from "@/lib/reports/rules";
import { REPORT_IDS, type ReportFilter } from "@/lib/reports/schemas";
import { buildReportTables, definitionEntries, TABLE_IDS, type Translate } from "@/lib/reports/tables";
import {
  COHORT_GROUPS,
  COMPLIANCE_RULES,
  FUNNEL_STAGES,
  type AnyReport,
  type CaseloadRow,
  type CohortGroup,
} from "@/lib/reports/types";

const FILTER: ReportFilter = {
  from: null,
  to: null,
  asOf: "2026-11-22",
  by: null,
  team: null,
  region: null,
  coordinator: null,
};
const base = { filter: FILTER, definitionsVersion: "test" };

function strictTranslator(messages: object, locale: string): Translate {
  return createTranslator({
    locale,
    messages: messages as never,
    timeZone: "Europe/Brussels",
    onError: (error) => {
      throw error;
    },
  }) as unknown as Translate;
}

function caseloadRow(kind: CaseloadRow["kind"], members: number): CaseloadRow {
  return suppressRow(
    {
      kind,
      coordinatorId: kind === "coordinator" ? "0194f3a0-0000-7000-8000-000000000002" : null,
      coordinatorName: kind === "coordinator" ? "An Peeters" : null,
      members,
      membersInIncapacity: 3,
      openTrajectories: 2,
      overdueDeadlines: 1,
      overdueTasks: 0,
      contactsLast30Days: 9,
    },
    members,
    ["membersInIncapacity", "openTrajectories", "overdueDeadlines", "overdueTasks", "contactsLast30Days"],
  );
}

const counts = {
  metOnTime: 5,
  metLate: 2,
  overdue: 1,
  openDueToday: 0,
  onTimeRate: 62.5,
  lateRate: 25,
  overdueRate: 12.5,
};

const REPORTS: AnyReport[] = [
  {
    ...base,
    report: "cohort",
    population: 9,
    groups: (Object.keys(COHORT_GROUPS) as (keyof typeof COHORT_GROUPS)[]).flatMap((dimension) =>
      COHORT_GROUPS[dimension].map((group, index): CohortGroup => ({
        dimension,
        group,
        periods: index === 0 ? 6 : 3,
        suppressed: index !== 0,
        share: index === 0 ? 66.7 : null,
        meanIncapacityDays: index === 0 ? 120.5 : null,
        progressiveReturnRate: index === 0 ? 50 : null,
        medianDaysToProgressiveReturn: index === 0 ? 40 : null,
        medianProgressiveReturnDays: index === 0 ? 90.5 : null,
        meanVolume: index === 0 ? 47.2 : null,
        fullReturnRate: index === 0 ? 33.3 : null,
      })),
    ),
  },
  {
    ...base,
    report: "caseload",
    rows: [caseloadRow("coordinator", 7)],
    unassigned: caseloadRow("unassigned", 2),
    total: caseloadRow("total", 9),
    nextCursor: null,
  },
  {
    ...base,
    report: "funnel",
    stages: FUNNEL_STAGES.map((stage, index) => ({
      stage,
      periods: 10 - index,
      suppressed: 10 - index < 5,
      shareOfPopulation: 10 - index < 5 ? null : 100 - index * 10,
      conversion: index === 0 || 10 - index < 5 ? null : 90,
    })),
  },
  {
    ...base,
    report: "compliance",
    rules: COMPLIANCE_RULES.map((rule) => ({ rule, due: 8, suppressed: false, ...counts })),
    months: [{ month: "2026-10-01", due: 8, suppressed: false, ...counts }],
    total: { due: 64, suppressed: false, ...counts },
  },
  {
    ...base,
    report: "outcomes",
    endings: completeDistribution(
      ["CLOSED", "DECLINED", "REFERRED_OUT"],
      [{ key: "CLOSED", count: 6, share: 100 }],
    ),
    outcomes: completeDistribution(
      ["BACK_AT_WORK", "OTHER"],
      [{ key: "BACK_AT_WORK", count: 6, share: 100 }],
    ),
    stopReasons: completeDistribution(["RESUMED_FULLY"], [{ key: "RESUMED_FULLY", count: 6, share: 100 }]),
  },
  {
    ...base,
    report: "referrals",
    targets: [
      {
        target: "VDAB",
        referrals: 6,
        suppressed: false,
        share: 100,
        answeredRate: 50,
        medianResponseDays: 12.5,
        unansweredOverdue: 1,
      },
    ],
    total: {
      target: "ALL",
      referrals: 6,
      suppressed: false,
      share: 100,
      answeredRate: 50,
      medianResponseDays: 12.5,
      unansweredOverdue: 1,
    },
  },
  {
    ...base,
    report: "adjustments",
    types: [
      {
        type: "HOURS",
        requested: 4,
        suppressed: true,
        decided: null,
        granted: null,
        partiallyGranted: null,
        refused: null,
        grantRate: null,
        fullGrantRate: null,
      },
    ],
    total: {
      type: "ALL",
      requested: 4,
      suppressed: true,
      decided: null,
      granted: null,
      partiallyGranted: null,
      refused: null,
      grantRate: null,
      fullGrantRate: null,
    },
    refusalReasons: completeDistribution(["TOO_EXPENSIVE"], [{ key: "TOO_EXPENSIVE", count: 1, share: 100 }]),
  },
];

describe("report tables", () => {
  it("cover every report", () => {
    expect(REPORTS.map((report) => report.report)).toEqual([...REPORT_IDS]);
  });

  it.each([
    ["en", en],
    ["fr", fr],
    ["nl", nl],
  ])("have every label in %s and one cell per column", (locale, messages) => {
    const t = strictTranslator(messages, locale);
    for (const report of REPORTS) {
      const tables = buildReportTables(report, t);
      expect(tables.map((table) => table.id)).toEqual(TABLE_IDS[report.report]);
      for (const table of tables) {
        expect(table.title.length).toBeGreaterThan(0);
        for (const row of table.rows) expect(row.cells).toHaveLength(table.columns.length);
      }
      const definitions = definitionEntries(
        report.report,
        Object.keys(REPORT_DEFINITIONS[report.report].metrics),
        t,
      );
      expect(definitions.length).toBe(Object.keys(REPORT_DEFINITIONS[report.report].metrics).length + 5);
    }
  });

  it("carry the report's numbers unchanged, with null where suppressed", () => {
    const t = strictTranslator(en, "en");
    const [cohort] = buildReportTables(REPORTS[0]!, t);
    const women = cohort!.rows.find((row) => row.key === "sex:F")!;
    expect(women.cells).toEqual(["Sex", "Women", 6, 66.7, 120.5, 50, 40, 90.5, 47.2, 33.3]);
    const men = cohort!.rows.find((row) => row.key === "sex:M")!;
    expect(men).toMatchObject({
      suppressed: true,
      cells: ["Sex", "Men", 3, null, null, null, null, null, null, null],
    });
    const caseload = buildReportTables(REPORTS[1]!, t)[0]!;
    expect(caseload.rows.map((row) => [row.key, row.cells[0], row.isTotal])).toEqual([
      ["0194f3a0-0000-7000-8000-000000000002", "An Peeters", false],
      ["unassigned", "No coordinator", false],
      ["total", "Total", true],
    ]);
    expect(caseload.rows[1]!.cells.slice(1)).toEqual([2, null, null, null, null, null]);
  });
});

describe("definitions", () => {
  it("shown in English are exactly the definitions the API versions", () => {
    expect(en.reports.definitions).toEqual({ general: GENERAL_DEFINITIONS, ...REPORT_DEFINITIONS });
  });

  it("are translated for every term in French and Dutch", () => {
    const keys = (node: unknown, prefix = ""): string[] =>
      typeof node === "string"
        ? [prefix]
        : Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
            keys(value, `${prefix}.${key}`),
          );
    const english = keys(en.reports.definitions).sort();
    expect(keys(fr.reports.definitions).sort()).toEqual(english);
    expect(keys(nl.reports.definitions).sort()).toEqual(english);
  });
});
