// Every report as one or more plain tables (columns + rows of cells). The screen, the CSV and the XLSX
// exports are all drawn from these tables, which are drawn from the one report object the query returned —
// so the three cannot show different numbers. Pure: labels come from the translator passed in.
import type { ReportId } from "@/lib/reports/schemas";
import {
  ADJUSTMENT_METRICS,
  CASELOAD_METRICS,
  COHORT_METRICS,
  COMPLIANCE_METRICS,
  REFERRAL_METRICS,
  type AdjustmentRow,
  type AnyReport,
  type CaseloadRow,
  type ComplianceCounts,
  type Distribution,
  type ReferralRow,
} from "@/lib/reports/types";

/** A translator for the whole message catalog (next-intl's root `t`, or a stub in tests). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** text: a label; count: a whole number; decimal: a number rounded to one decimal (a percentage or days). */
export type CellKind = "text" | "count" | "decimal";
export type Cell = string | number | null;

export interface ReportColumn {
  key: string;
  label: string;
  kind: CellKind;
}

export interface ReportRow {
  /** Stable key of the row (a group, rule, month …), for tests and element ids. */
  key: string;
  suppressed: boolean;
  /** The total or "all" row of a table. */
  isTotal?: boolean;
  cells: Cell[];
}

export interface ReportTable {
  id: string;
  title: string;
  columns: ReportColumn[];
  rows: ReportRow[];
}

/** Which metric keys are one-decimal numbers (the others are counts). */
const DECIMAL_KEYS = new Set<string>([
  ...COHORT_METRICS,
  "shareOfPopulation",
  "conversion",
  "onTimeRate",
  "lateRate",
  "overdueRate",
  "share",
  "answeredRate",
  "medianResponseDays",
  "grantRate",
  "fullGrantRate",
]);

/** The `reports` namespace of a root translator. */
export function reportsOf(t: Translate): Translate {
  return (key, values) => t(`reports.${key}`, values);
}

function metricColumns(keys: readonly string[], t: Translate): ReportColumn[] {
  const r = reportsOf(t);
  return keys.map((key) => ({
    key,
    label: r(`columns.${key}`),
    kind: DECIMAL_KEYS.has(key) ? "decimal" : "count",
  }));
}

const textColumn = (key: string, t: Translate): ReportColumn => ({
  key,
  label: reportsOf(t)(`columns.${key}`),
  kind: "text",
});

/** Message key of a cohort group ("55+" and "<55" are not usable as message keys). */
export function cohortGroupKey(group: string): string {
  return group === "55+" ? "55plus" : group === "<55" ? "under55" : group;
}

/** Where the labels of each distribution's categories live (the enums of the message catalog). */
export const CATEGORY_LABELS = {
  endings: "enums.trajectoryStatus",
  outcomes: "enums.trajectoryOutcome",
  stopReasons: "enums.stopReason",
  refusalReasons: "enums.adjustmentRefusalReason",
  targets: "enums.referralTarget",
  adjustmentTypes: "enums.adjustmentType",
  rules: "enums.deadlineRule",
  regions: "enums.region",
} as const;

function distributionTable(
  id: keyof typeof CATEGORY_LABELS,
  distribution: Distribution,
  t: Translate,
): ReportTable {
  return {
    id,
    title: reportsOf(t)(`tables.${id}`, { total: distribution.total }),
    columns: [textColumn("category", t), ...metricColumns(["count", "share"], t)],
    rows: distribution.rows.map((row) => ({
      key: row.key,
      suppressed: row.suppressed,
      cells: [t(`${CATEGORY_LABELS[id]}.${row.key}`), row.count, row.share],
    })),
  };
}

function complianceCells(row: ComplianceCounts): Cell[] {
  return [row.due, ...COMPLIANCE_METRICS.map((metric) => row[metric])];
}

function caseloadRowOf(row: CaseloadRow, t: Translate): ReportRow {
  const label =
    row.kind === "coordinator"
      ? (row.coordinatorName ?? "")
      : reportsOf(t)(row.kind === "total" ? "rows.total" : "rows.unassigned");
  return {
    key: row.kind === "coordinator" ? (row.coordinatorId ?? "") : row.kind,
    suppressed: row.suppressed,
    isTotal: row.kind === "total",
    cells: [label, row.members, ...CASELOAD_METRICS.map((metric) => row[metric])],
  };
}

function referralRowOf(row: ReferralRow, t: Translate): ReportRow {
  const isTotal = row.target === "ALL";
  return {
    key: row.target,
    suppressed: row.suppressed,
    isTotal,
    cells: [
      isTotal ? reportsOf(t)("rows.allTargets") : t(`${CATEGORY_LABELS.targets}.${row.target}`),
      row.referrals,
      ...REFERRAL_METRICS.map((metric) => row[metric]),
    ],
  };
}

function adjustmentRowOf(row: AdjustmentRow, t: Translate): ReportRow {
  const isTotal = row.type === "ALL";
  return {
    key: row.type,
    suppressed: row.suppressed,
    isTotal,
    cells: [
      isTotal ? reportsOf(t)("rows.allTypes") : t(`${CATEGORY_LABELS.adjustmentTypes}.${row.type}`),
      row.requested,
      ...ADJUSTMENT_METRICS.map((metric) => row[metric]),
    ],
  };
}

/** The report's tables, in the order the screen shows them (the caseload: the coordinators it holds). */
export function buildReportTables(report: AnyReport, t: Translate): ReportTable[] {
  const r = reportsOf(t);
  switch (report.report) {
    case "cohort":
      return [
        {
          id: "groups",
          title: r("tables.groups", { total: report.population }),
          columns: [
            textColumn("dimension", t),
            textColumn("group", t),
            ...metricColumns(["periods", ...COHORT_METRICS], t),
          ],
          rows: report.groups.map((group) => ({
            key: `${group.dimension}:${group.group}`,
            suppressed: group.suppressed,
            cells: [
              r(`dimensions.${group.dimension}`),
              r(`groups.${group.dimension}.${cohortGroupKey(group.group)}`),
              group.periods,
              ...COHORT_METRICS.map((metric) => group[metric]),
            ],
          })),
        },
      ];
    case "caseload":
      return [
        {
          id: "coordinators",
          title: r("tables.coordinators"),
          columns: [textColumn("coordinator", t), ...metricColumns(["members", ...CASELOAD_METRICS], t)],
          rows: [...report.rows, report.unassigned, report.total].map((row) => caseloadRowOf(row, t)),
        },
      ];
    case "funnel":
      return [
        {
          id: "stages",
          title: r("tables.stages"),
          columns: [
            textColumn("stage", t),
            ...metricColumns(["periods", "shareOfPopulation", "conversion"], t),
          ],
          rows: report.stages.map((stage) => ({
            key: stage.stage,
            suppressed: stage.suppressed,
            cells: [r(`stages.${stage.stage}`), stage.periods, stage.shareOfPopulation, stage.conversion],
          })),
        },
      ];
    case "compliance": {
      const columns = metricColumns(["due", ...COMPLIANCE_METRICS], t);
      return [
        {
          id: "rules",
          title: r("tables.rules"),
          columns: [textColumn("rule", t), ...columns],
          rows: [
            ...report.rules.map((row) => ({
              key: row.rule,
              suppressed: row.suppressed,
              cells: [t(`${CATEGORY_LABELS.rules}.${row.rule}`), ...complianceCells(row)],
            })),
            {
              key: "ALL",
              suppressed: report.total.suppressed,
              isTotal: true,
              cells: [r("rows.allRules"), ...complianceCells(report.total)],
            },
          ],
        },
        {
          id: "months",
          title: r("tables.months"),
          columns: [textColumn("month", t), ...columns],
          rows: report.months.map((row) => ({
            key: row.month,
            suppressed: row.suppressed,
            cells: [row.month.slice(0, 7), ...complianceCells(row)],
          })),
        },
      ];
    }
    case "outcomes":
      return [
        distributionTable("endings", report.endings, t),
        distributionTable("outcomes", report.outcomes, t),
        distributionTable("stopReasons", report.stopReasons, t),
      ];
    case "referrals":
      return [
        {
          id: "targets",
          title: r("tables.targets", { total: report.total.referrals }),
          columns: [textColumn("target", t), ...metricColumns(["referrals", ...REFERRAL_METRICS], t)],
          rows: [...report.targets, report.total].map((row) => referralRowOf(row, t)),
        },
      ];
    case "adjustments":
      return [
        {
          id: "types",
          title: r("tables.types", { total: report.total.requested }),
          columns: [
            textColumn("adjustmentType", t),
            ...metricColumns(["requested", ...ADJUSTMENT_METRICS], t),
          ],
          rows: [...report.types, report.total].map((row) => adjustmentRowOf(row, t)),
        },
        distributionTable("refusalReasons", report.refusalReasons, t),
      ];
  }
}

/** The table ids of each report (for the export's `table` parameter). */
export const TABLE_IDS: Record<ReportId, readonly string[]> = {
  cohort: ["groups"],
  caseload: ["coordinators"],
  funnel: ["stages"],
  compliance: ["rules", "months"],
  outcomes: ["endings", "outcomes", "stopReasons"],
  referrals: ["targets"],
  adjustments: ["types", "refusalReasons"],
};

/** Terms defined for each report, in the order the definitions list them. */
const FUNNEL_STAGE_KEYS = new Set([
  "inIncapacity",
  "questionnaireReturned",
  "categorised",
  "category4",
  "invited",
  "firstContact",
  "active",
  "closedWithOutcome",
]);
const DISTRIBUTION_KEYS = new Set(["endings", "outcomes", "stopReasons", "refusalReasons"]);

/**
 * The definitions of a report as [term, text] pairs in the reader's language: population, every metric, then
 * the rules that hold for every report. `metricKeys` are the keys of REPORT_DEFINITIONS[report].metrics.
 */
export function definitionEntries(
  report: ReportId,
  metricKeys: readonly string[],
  t: Translate,
): [string, string][] {
  const r = reportsOf(t);
  const term = (key: string) =>
    FUNNEL_STAGE_KEYS.has(key)
      ? r(`stages.${key}`)
      : DISTRIBUTION_KEYS.has(key)
        ? r(`distributions.${key}`)
        : r(`columns.${key}`);
  return [
    [r("definitionTerms.population"), r(`definitions.${report}.population`)],
    ...metricKeys.map((key): [string, string] => [term(key), r(`definitions.${report}.metrics.${key}`)]),
    ...(["asOf", "filters", "rounding", "suppression"] as const).map((key): [string, string] => [
      r(`definitionTerms.${key}`),
      r(`definitions.general.${key}`),
    ]),
  ];
}
