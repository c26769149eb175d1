// Report filters: one schema for the report pages, the exports and the API (issue 6). Query-string values
// arrive as strings; empty ones are treated as absent. `asOf` defaults to today in Europe/Brussels.
import { isISODate, type ISODate } from "@/lib/dates";
import { REGIONS } from "@/lib/teams/schemas";
import { fieldErrorsFrom, z } from "@/lib/validation";

export const REPORT_IDS = [
  "cohort",
  "caseload",
  "funnel",
  "compliance",
  "outcomes",
  "referrals",
  "adjustments",
] as const;
export type ReportId = (typeof REPORT_IDS)[number];

export function isReportId(value: unknown): value is ReportId {
  return typeof value === "string" && (REPORT_IDS as readonly string[]).includes(value);
}

/** Cohort dimensions (DOMAIN.md, Reports): sex, diagnosis burn-out vs other, age band 55+ vs <55. */
export const COHORT_DIMENSIONS = ["sex", "diagnosis", "ageBand"] as const;
export type CohortDimension = (typeof COHORT_DIMENSIONS)[number];

/** Which reports accept `by`, and with which values. */
export const DIMENSIONS_BY_REPORT: Record<ReportId, readonly string[]> = {
  cohort: COHORT_DIMENSIONS,
  caseload: [],
  funnel: [],
  compliance: [],
  outcomes: [],
  referrals: [],
  adjustments: [],
};

/** Caseload pages for machines (API) are larger than on screen. */
export const API_CASELOAD_LIMIT = { default: 500, max: 1_000 } as const;

export const FILTER_KEYS = ["from", "to", "asOf", "by", "team", "region", "coordinator"] as const;
export const CSV_SEPARATORS = [",", ";"] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];
export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Message key for an `asOf` in the future: a report cannot describe a day that has not happened yet. */
export const AS_OF_IN_FUTURE = "reports.filters.asOfInFuture";

/** z.iso.date() already refuses impossible days (30 February), with the "invalidDate" message. */
const zDateParam = () => z.iso.date();

export const ZReportFilterSchema = z
  .object({
    from: zDateParam().optional(),
    to: zDateParam().optional(),
    asOf: zDateParam().optional(),
    by: z.enum(COHORT_DIMENSIONS).optional(),
    team: z.uuid().optional(),
    region: z.enum(REGIONS).optional(),
    coordinator: z.uuid().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.to < value.from) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "endBeforeStart" });
    }
  });

/** A parsed, complete filter: every report query takes exactly this. */
export interface ReportFilter {
  /** Incapacity-start period (for compliance: the due-date period), inclusive; null = unbounded. */
  from: ISODate | null;
  to: ISODate | null;
  /** The observation date: open ranges end here, anything later is ignored. */
  asOf: ISODate;
  by: CohortDimension | null;
  team: string | null;
  region: (typeof REGIONS)[number] | null;
  coordinator: string | null;
}

export type ParseFilterResult =
  { ok: true; filter: ReportFilter } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * Parses query-string values for a report. `today` is the Brussels calendar date (todayInBrussels()).
 * With `strict`, parameters the API does not know are refused instead of silently ignored (a typo such as
 * `form=` would otherwise return the unfiltered report).
 */
export function parseReportFilter(
  report: ReportId,
  raw: Record<string, string | undefined>,
  today: ISODate,
  options: { strict?: boolean; allowed?: readonly string[] } = {},
): ParseFilterResult {
  const values = Object.fromEntries(
    Object.entries(raw)
      .filter(([, value]) => value !== undefined && value.trim() !== "")
      .map(([key, value]) => [key, value!.trim()]),
  );
  const fieldErrors: Record<string, string[]> = {};
  if (options.strict) {
    const allowed = new Set<string>([...FILTER_KEYS, ...(options.allowed ?? [])]);
    for (const key of Object.keys(values)) {
      if (!allowed.has(key)) fieldErrors[key] = ["reports.filters.unknownParameter"];
    }
  }
  const parsed = ZReportFilterSchema.safeParse(values);
  if (!parsed.success) Object.assign(fieldErrors, fieldErrorsFrom(parsed.error));
  const data = parsed.success ? parsed.data : null;
  const asOf = values.asOf;
  if (asOf && isISODate(asOf) && asOf > today) fieldErrors.asOf = [AS_OF_IN_FUTURE];
  const by = values.by;
  if (by && !DIMENSIONS_BY_REPORT[report].includes(by)) fieldErrors.by = ["invalidChoice"];
  if (!data || Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  return {
    ok: true,
    filter: {
      from: data.from ?? null,
      to: data.to ?? null,
      asOf: data.asOf ?? today,
      by: data.by ?? null,
      team: data.team ?? null,
      region: data.region ?? null,
      coordinator: data.coordinator ?? null,
    },
  };
}

/** The filter as query-string values (absent ones left out), for links, exports and the API. */
export function filterToQuery(filter: ReportFilter): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value !== null && value !== undefined && value !== "") query[key] = String(value);
  }
  return query;
}

export const ZExportSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  /** CSV only: the field separator (`;` for spreadsheet programs set to Belgian/European conventions). */
  separator: z.enum(CSV_SEPARATORS).default(","),
  /** CSV only: which of the report's tables (default: the first). */
  table: z
    .string()
    .regex(/^[a-zA-Z]{1,40}$/)
    .optional(),
});
export type TExport = z.infer<typeof ZExportSchema>;
