import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import type { ReportFormat } from "@/components/reports/number-cell";
import { PrintButton } from "@/components/ui/print-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { todayInBrussels } from "@/lib/dates";
import { getFormat } from "@/lib/i18n/server-format";
import { REPORT_DEFINITIONS, REPORT_DEFINITIONS_VERSION } from "@/lib/reports/definitions";
import { getFilterNames, getReport, getReportFilterOptions } from "@/lib/reports/queries";
import {
  DIMENSIONS_BY_REPORT,
  filterToQuery,
  isReportId,
  parseReportFilter,
  REPORT_IDS,
  type ReportFilter,
  type ReportId,
} from "@/lib/reports/schemas";
import {
  buildReportTables,
  CATEGORY_LABELS,
  definitionEntries,
  TABLE_IDS,
  type Translate,
} from "@/lib/reports/tables";
import { firstValues, withQuery } from "@/lib/url";
import { parseMessageKey } from "@/lib/validation";

import { ReportFilters } from "./report-filters";
import { ReportView } from "./report-view";

function exportHref(report: ReportId, filter: ReportFilter, params: Record<string, string>): string {
  return withQuery(`/reports/${report}/export`, { ...filterToQuery(filter), ...params });
}

export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ report: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("reports.read");
  const { report } = await params;
  if (!isReportId(report)) notFound();
  const [t, root, tValidation, formatter] = await Promise.all([
    getTranslations("reports"),
    getTranslations(),
    getTranslations("validation"),
    getFormat(),
  ]);
  const translate = root as unknown as Translate;
  /** "As of:" with the language's spacing (French: a no-break space before the colon). */
  const labelled = (key: string) => root("common.label", { label: t(key as never) });
  const { cursor, ...raw } = firstValues(await searchParams);
  const parsed = parseReportFilter(report, raw, todayInBrussels());
  const [options, data, names] = await Promise.all([
    getReportFilterOptions({ team: raw.team, coordinator: raw.coordinator }),
    parsed.ok ? getReport(report, parsed.filter, { cursor: cursor ?? null }) : null,
    parsed.ok ? getFilterNames(parsed.filter) : null,
  ]);

  const errors = parsed.ok
    ? {}
    : Object.fromEntries(
        Object.entries(parsed.fieldErrors).map(([field, messages]) => {
          const { key, values } = parseMessageKey(messages[0] ?? "invalid");
          return [
            field,
            key.startsWith("reports.")
              ? t(key.slice("reports.".length), values)
              : tValidation.has(key)
                ? tValidation(key, values)
                : tValidation("invalid"),
          ];
        }),
      );
  const format: ReportFormat = {
    count: (value) => formatter.number(value),
    decimal: (value) => formatter.number(value, "decimal1"),
    day: (date) => formatter.date(date),
    month: (date) => formatter.month(date),
  };
  const tables = data ? buildReportTables(data, translate) : [];
  const canExport = can(user, "reports.export");
  const filter = parsed.ok ? parsed.filter : null;
  const tabQuery = filter ? filterToQuery(filter) : {};

  return (
    <>
      <PageHeader
        title={t(`titles.${report}`)}
        description={t(`summaries.${report}`)}
        actions={
          filter ? (
            <div className="no-print flex flex-wrap gap-2">
              <PrintButton label={t("print")} />
              {canExport ? (
                <a
                  href={exportHref(report, filter, { format: "xlsx" })}
                  className={buttonClass("secondary")}
                  download
                  data-testid="export-xlsx"
                >
                  {t("export.xlsx")}
                </a>
              ) : null}
            </div>
          ) : null
        }
      />

      <nav aria-label={t("reportNavigation")} className="no-print mb-4">
        <ul className="flex flex-wrap gap-1 border-b border-slate-200">
          {REPORT_IDS.map((id) => {
            const query = { ...tabQuery };
            if (!DIMENSIONS_BY_REPORT[id].length) delete query.by;
            return (
              <li key={id}>
                <Link
                  href={withQuery(`/reports/${id}`, query)}
                  aria-current={id === report ? "page" : undefined}
                  className={cn(
                    "-mb-px block rounded-t border px-3 py-1.5 text-sm no-underline hover:no-underline",
                    id === report
                      ? "border-slate-200 border-b-white bg-white font-semibold text-brand-700"
                      : "border-transparent text-slate-700 hover:bg-slate-100",
                  )}
                >
                  {t(`titles.${id}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <ReportFilters
        report={report}
        values={raw}
        errors={errors}
        options={options}
        labels={{
          legend: t("filters.legend"),
          submit: t("filters.apply"),
          clear: t("filters.clear"),
          from: t("filters.from"),
          to: t("filters.to"),
          asOf: t("filters.asOf"),
          asOfHint: t("filters.asOfHint"),
          team: t("filters.team"),
          region: t("filters.region"),
          coordinator: t("filters.coordinator"),
          by: t("filters.by"),
          any: t("filters.any"),
          allDimensions: t("filters.allDimensions"),
          inactive: t("filters.inactive"),
          periodHint: t(report === "compliance" ? "filters.dueHint" : "filters.startHint"),
          dimension: (key) => t(`dimensions.${key}`),
          region_: (key) => root(`${CATEGORY_LABELS.regions}.${key}`),
        }}
      />

      {!parsed.ok ? (
        <Alert tone="error" title={t("filters.invalidTitle")}>
          {t("filters.invalidBody")}
        </Alert>
      ) : null}

      {data && filter ? (
        <>
          <section aria-labelledby="applied-filters" className="mb-4 text-sm text-slate-700">
            <h2 id="applied-filters" className="sr-only">
              {t("filters.applied")}
            </h2>
            <p data-testid="applied-filters">
              {[
                `${labelled("filters.asOf")} ${format.day(filter.asOf)}`,
                filter.from ? `${labelled("filters.from")} ${format.day(filter.from)}` : null,
                filter.to ? `${labelled("filters.to")} ${format.day(filter.to)}` : null,
                filter.team ? `${labelled("filters.team")} ${names?.team ?? filter.team}` : null,
                filter.region
                  ? `${labelled("filters.region")} ${root(`${CATEGORY_LABELS.regions}.${filter.region}`)}`
                  : null,
                filter.coordinator
                  ? `${labelled("filters.coordinator")} ${names?.coordinator ?? filter.coordinator}`
                  : null,
                filter.by ? `${labelled("filters.by")} ${t(`dimensions.${filter.by}`)}` : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </section>

          <ReportView
            data={data}
            tables={tables}
            format={format}
            t={translate}
            exportLinks={
              canExport
                ? (tableId) => ({
                    comma: exportHref(report, filter, { format: "csv", separator: ",", table: tableId }),
                    semicolon: exportHref(report, filter, { format: "csv", separator: ";", table: tableId }),
                    multiple: TABLE_IDS[report].length > 1,
                  })
                : null
            }
          />

          {data.report === "caseload" ? (
            <KeysetPagination
              path={`/reports/${report}`}
              query={tabQuery}
              cursor={cursor}
              nextCursor={data.nextCursor}
              label={t("pagination")}
            />
          ) : null}

          <p className="mt-4 text-xs text-slate-600">
            <span aria-hidden="true">* </span>
            {t("suppressionNote")}
          </p>

          <section aria-labelledby="definitions" className="mt-8 break-before-auto">
            <h2 id="definitions">{t("definitionsTitle")}</h2>
            <p className="mt-1 text-xs text-slate-600">
              {t("definitionsVersionIs", { version: REPORT_DEFINITIONS_VERSION })}
            </p>
            <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm md:grid-cols-[minmax(10rem,max-content)_1fr]">
              {definitionEntries(report, Object.keys(REPORT_DEFINITIONS[report].metrics), translate).map(
                ([term, text], index) => (
                  <div key={index} className="contents">
                    <dt className="font-medium text-slate-800">{term}</dt>
                    <dd className="text-slate-700">{text}</dd>
                  </div>
                ),
              )}
            </dl>
          </section>
        </>
      ) : null}
    </>
  );
}
