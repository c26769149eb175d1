import type { ReactNode } from "react";

import { HorizontalBarChart, StackedColumnChart, type BarDatum } from "@/components/reports/charts";
import { CohortTableView } from "@/components/reports/cohort-table";
import type { ReportFormat } from "@/components/reports/number-cell";
import { ReportTableView, type TableLabels } from "@/components/reports/report-table";
import { buttonClass } from "@/components/ui/button";
import { CATEGORY_LABELS, reportsOf, type ReportTable, type Translate } from "@/lib/reports/tables";
import type { AnyReport, Distribution } from "@/lib/reports/types";

type ExportLinks = ((tableId: string) => { comma: string; semicolon: string; multiple: boolean }) | null;

function TableSection({
  table,
  t,
  exportLinks,
  children,
}: {
  table: ReportTable;
  /** The `reports` namespace. */
  t: Translate;
  exportLinks: ExportLinks;
  children: ReactNode;
}) {
  const links = exportLinks?.(table.id);
  return (
    <section className="mb-8 space-y-3" aria-label={table.title} data-section={table.id}>
      {links ? (
        <div className="no-print flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600">
            {links.multiple ? t("export.csvOf", { table: table.title }) : t("export.csv")}
          </span>
          <a
            href={links.comma}
            className={buttonClass("secondary", "sm")}
            download
            data-testid={`export-csv-comma-${table.id}`}
          >
            {t("export.csvComma")}
          </a>
          <a
            href={links.semicolon}
            className={buttonClass("secondary", "sm")}
            download
            data-testid={`export-csv-semicolon-${table.id}`}
          >
            {t("export.csvSemicolon")}
          </a>
        </div>
      ) : null}
      {children}
    </section>
  );
}

function distributionBars(
  distribution: Distribution,
  labels: string,
  root: Translate,
  format: ReportFormat,
): BarDatum[] {
  return distribution.rows.map((row) => ({
    key: row.key,
    label: root(`${labels}.${row.key}`),
    value: row.count,
    valueLabel:
      row.share === null
        ? format.count(row.count)
        : `${format.count(row.count)} · ${format.decimal(row.share)} %`,
    isMuted: row.suppressed,
  }));
}

/** The body of a report page: its charts and tables, in the order of buildReportTables. */
export function ReportView({
  data,
  tables,
  format,
  t: root,
  exportLinks,
}: {
  data: AnyReport;
  tables: ReportTable[];
  format: ReportFormat;
  /** The root translator. */
  t: Translate;
  exportLinks: ExportLinks;
}) {
  const t = reportsOf(root);
  const labels: TableLabels = {
    suppressed: t("cells.suppressed"),
    notApplicable: t("cells.notApplicable"),
    suppressedRow: t("cells.suppressedRow"),
  };
  const table = (id: string) => tables.find((candidate) => candidate.id === id)!;
  const tableView = (id: string) => (
    <TableSection table={table(id)} t={t} exportLinks={exportLinks}>
      <ReportTableView table={table(id)} format={format} labels={labels} />
    </TableSection>
  );
  const chartNote = t("charts.tableBelow");

  switch (data.report) {
    case "cohort":
      return (
        <TableSection table={table("groups")} t={t} exportLinks={exportLinks}>
          <CohortTableView
            table={table("groups")}
            format={format}
            labels={labels}
            caption={t("cohortCaption", { total: data.population })}
          />
        </TableSection>
      );
    case "funnel": {
      const bars = data.stages.map((stage) => ({
        key: stage.stage,
        label: t(`stages.${stage.stage}`),
        value: stage.periods,
        valueLabel: [
          format.count(stage.periods),
          stage.shareOfPopulation === null ? null : `${format.decimal(stage.shareOfPopulation)} %`,
          stage.conversion === null
            ? null
            : t("charts.conversion", { value: format.decimal(stage.conversion) }),
        ]
          .filter(Boolean)
          .join(" · "),
        isMuted: stage.suppressed,
      }));
      return (
        <>
          <div className="mb-4">
            <HorizontalBarChart
              id="funnel-chart"
              title={t("charts.funnelTitle")}
              description={bars
                .map((bar) => `${root("common.label", { label: bar.label })} ${bar.valueLabel}`)
                .join("; ")}
              note={chartNote}
              data={bars}
            />
          </div>
          {tableView("stages")}
        </>
      );
    }
    case "compliance": {
      const series = [
        { key: "onTime", label: t("columns.metOnTime"), colour: "#15803d" },
        { key: "late", label: t("columns.metLate"), colour: "#d97706" },
        { key: "overdue", label: t("columns.overdue"), colour: "#b91c1c" },
        { key: "open", label: t("columns.openDueToday"), colour: "#94a3b8" },
      ];
      const months = data.months.map((month) => {
        const shown = [month.onTimeRate ?? 0, month.lateRate ?? 0, month.overdueRate ?? 0];
        return {
          key: month.month,
          label: format.month(month.month),
          suppressed: month.suppressed,
          values: [...shown, Math.max(0, 100 - shown.reduce((sum, value) => sum + value, 0))],
        };
      });
      const description = data.months
        .map((month) =>
          month.suppressed
            ? `${root("common.label", { label: format.month(month.month) })} ${t("cells.suppressed")}`
            : `${root("common.label", { label: format.month(month.month) })} ${t("charts.onTimeOf", {
                rate: format.decimal(month.onTimeRate ?? 0),
                due: month.due,
              })}`,
        )
        .join("; ");
      return (
        <>
          {tableView("rules")}
          {data.months.length ? (
            <div className="mb-4">
              <StackedColumnChart
                id="compliance-chart"
                title={t("charts.complianceTitle")}
                description={description || t("charts.empty")}
                note={chartNote}
                series={series}
                months={months}
                format={format}
              />
            </div>
          ) : null}
          {tableView("months")}
        </>
      );
    }
    case "outcomes":
      return (
        <>
          {tableView("endings")}
          <div className="mb-4">
            <HorizontalBarChart
              id="outcomes-chart"
              title={t("charts.outcomesTitle")}
              description={distributionBars(data.outcomes, CATEGORY_LABELS.outcomes, root, format)
                .map((bar) => `${root("common.label", { label: bar.label })} ${bar.valueLabel}`)
                .join("; ")}
              note={chartNote}
              data={distributionBars(data.outcomes, CATEGORY_LABELS.outcomes, root, format)}
            />
          </div>
          {tableView("outcomes")}
          <div className="mb-4">
            <HorizontalBarChart
              id="stop-reasons-chart"
              title={t("charts.stopReasonsTitle")}
              description={distributionBars(data.stopReasons, CATEGORY_LABELS.stopReasons, root, format)
                .map((bar) => `${root("common.label", { label: bar.label })} ${bar.valueLabel}`)
                .join("; ")}
              note={chartNote}
              data={distributionBars(data.stopReasons, CATEGORY_LABELS.stopReasons, root, format)}
              colour="#334155"
            />
          </div>
          {tableView("stopReasons")}
        </>
      );
    case "caseload":
      return tableView("coordinators");
    case "referrals":
      return tableView("targets");
    case "adjustments":
      return (
        <>
          {tableView("types")}
          {tableView("refusalReasons")}
        </>
      );
  }
}
