// Report exports (CSV and XLSX): the full report (every page of the caseload), drawn as the same tables the
// screen shows, written as a file whose name carries the filters and the as-of date, and audited (EXPORT).
import "server-only";

import { recordAudit, type AuditActor } from "@/lib/audit/audit";
import { instantToBrusselsLocal } from "@/lib/dates";
import { getDb } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/config";
import { tableToCsv } from "@/lib/reports/csv";
import { REPORT_DEFINITIONS, REPORT_DEFINITIONS_VERSION } from "@/lib/reports/definitions";
import { translatorFor } from "@/lib/i18n/translator";
import { getFilterNames, getReport } from "@/lib/reports/queries";
import { exportFileName } from "@/lib/reports/rules";
import type { ReportFilter, ReportId, TExport } from "@/lib/reports/schemas";
import {
  buildReportTables,
  CATEGORY_LABELS,
  definitionEntries,
  reportsOf,
  TABLE_IDS,
  type Translate,
} from "@/lib/reports/tables";
import type { AnyReport, CaseloadReport } from "@/lib/reports/types";
import { tablesToXlsx } from "@/lib/reports/xlsx";

const EXPORT_PAGE_SIZE = 1_000;

/** The whole report: for the caseload every page of coordinators, not only the first. */
export async function getFullReport(
  report: ReportId,
  filter: ReportFilter,
  pageSize: number = EXPORT_PAGE_SIZE,
): Promise<AnyReport> {
  if (report !== "caseload") return getReport(report, filter);
  const first: CaseloadReport = await getReport("caseload", filter, { limit: pageSize });
  const rows = [...first.rows];
  let cursor = first.nextCursor;
  while (cursor) {
    const page = await getReport("caseload", filter, { cursor, limit: pageSize });
    rows.push(...page.rows);
    cursor = page.nextCursor;
  }
  return { ...first, rows, nextCursor: null };
}

/** Label → value lines describing the filters of a report (root translator), for the workbook's about sheet. */
export function describeFilter(
  filter: ReportFilter,
  names: { team: string | null; coordinator: string | null },
  root: Translate,
): [string, string][] {
  const t = reportsOf(root);
  const lines: [string, string][] = [[t("filters.asOf"), filter.asOf]];
  if (filter.from) lines.push([t("filters.from"), filter.from]);
  if (filter.to) lines.push([t("filters.to"), filter.to]);
  if (filter.by) lines.push([t("filters.by"), t(`dimensions.${filter.by}`)]);
  if (filter.team) lines.push([t("filters.team"), names.team ?? filter.team]);
  if (filter.region) lines.push([t("filters.region"), root(`${CATEGORY_LABELS.regions}.${filter.region}`)]);
  if (filter.coordinator) lines.push([t("filters.coordinator"), names.coordinator ?? filter.coordinator]);
  return lines;
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export async function exportReport(
  report: ReportId,
  filter: ReportFilter,
  options: TExport,
  context: { actor: AuditActor; locale: AppLocale; requestId: string | null },
): Promise<ExportFile | null> {
  const tableId = options.table ?? TABLE_IDS[report][0]!;
  if (options.format === "csv" && !TABLE_IDS[report].includes(tableId)) return null;
  const root = translatorFor(context.locale);
  const t = reportsOf(root);
  const [data, names] = await Promise.all([getFullReport(report, filter), getFilterNames(filter)]);
  const tables = buildReportTables(data, root);
  const yesNo = { suppressedLabel: t("columns.suppressed"), yes: t("values.yes"), no: t("values.no") };

  let file: ExportFile;
  if (options.format === "csv") {
    const table = tables.find((candidate) => candidate.id === tableId)!;
    const multiple = TABLE_IDS[report].length > 1;
    file = {
      fileName: exportFileName(report, filter, "csv", { ...names, table: multiple ? tableId : null }),
      contentType: "text/csv; charset=utf-8",
      body: Buffer.from(tableToCsv(table, { separator: options.separator, ...yesNo }), "utf8"),
    };
  } else {
    // Exports write ISO dates and times (Brussels clocks), which every spreadsheet sorts and reads.
    const generatedAt = instantToBrusselsLocal(new Date()).replace("T", " ");
    file = {
      fileName: exportFileName(report, filter, "xlsx", names),
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      body: await tablesToXlsx(tables, {
        title: t(`titles.${report}`),
        facts: [
          [t("filters.report"), t(`titles.${report}`)],
          ...describeFilter(filter, names, root),
          [t("definitionsVersion"), REPORT_DEFINITIONS_VERSION],
          [t("generatedAt"), generatedAt],
        ],
        definitions: definitionEntries(report, Object.keys(REPORT_DEFINITIONS[report].metrics), root),
        labels: {
          about: t("export.aboutSheet"),
          definitions: t("definitionsTitle"),
          note: t("suppressionNote"),
          suppressed: yesNo.suppressedLabel,
          yes: yesNo.yes,
          no: yesNo.no,
        },
      }),
    };
  }

  await recordAudit(getDb(), {
    actor: context.actor,
    requestId: context.requestId,
    action: "EXPORT",
    entity: "Report",
    entityId: report,
    changes: {
      format: options.format,
      ...(options.format === "csv" ? { separator: options.separator, table: tableId } : {}),
      filter,
      fileName: file.fileName,
    },
  });
  return file;
}
