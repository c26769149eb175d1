import { CellValue, type ReportFormat } from "@/components/reports/number-cell";
import type { TableLabels } from "@/components/reports/report-table";
import { cn } from "@/components/ui/cn";
import type { ReportTable } from "@/lib/reports/tables";

/**
 * The cohort outcome table laid out like the Solidaris study's tables (DOMAIN.md, Reports): one column per
 * group under its dimension (women, men, X | burn-out, other | 55+, under 55), one row per metric. Drawn
 * from the same table as the exports (rows = groups), transposed.
 */
export function CohortTableView({
  table,
  format,
  labels,
  caption,
}: {
  table: ReportTable;
  format: ReportFormat;
  labels: TableLabels;
  caption: string;
}) {
  const dimensions: { label: string; count: number }[] = [];
  for (const row of table.rows) {
    const label = String(row.cells[0]);
    const last = dimensions.at(-1);
    if (last?.label === label) last.count++;
    else dimensions.push({ label, count: 1 });
  }
  const metrics = table.columns.slice(2);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white print:overflow-visible">
      <table className="min-w-full text-sm" data-table={table.id}>
        <caption className="px-3 py-2 text-left text-sm font-semibold text-slate-800">{caption}</caption>
        <thead className="bg-slate-50 text-xs font-semibold text-slate-700">
          <tr>
            <td className="px-3 py-2" />
            {dimensions.map((dimension, index) => (
              <th
                key={`${dimension.label}-${index}`}
                scope="colgroup"
                colSpan={dimension.count}
                className="border-l border-slate-200 px-3 py-2 text-center"
              >
                {dimension.label}
              </th>
            ))}
          </tr>
          <tr>
            <td className="px-3 py-2" />
            {table.rows.map((row, index) => (
              <th
                key={row.key}
                scope="col"
                data-group={row.key}
                className={cn(
                  "px-3 py-2 text-right",
                  (index === 0 || row.cells[0] !== table.rows[index - 1]?.cells[0]) &&
                    "border-l border-slate-200",
                )}
              >
                {row.cells[1]}
                {row.suppressed ? (
                  <span className="ml-0.5 font-normal text-slate-500" title={labels.suppressedRow}>
                    <span aria-hidden="true">*</span>
                    <span className="sr-only">{labels.suppressedRow}</span>
                  </span>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {metrics.map((metric, metricIndex) => (
            <tr key={metric.key} data-metric={metric.key}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {metric.label}
              </th>
              {table.rows.map((row, index) => (
                <td
                  key={row.key}
                  data-row={row.key}
                  data-col={metric.key}
                  className={cn(
                    "px-3 py-2 text-right tabular-nums",
                    row.suppressed && "text-slate-600",
                    (index === 0 || row.cells[0] !== table.rows[index - 1]?.cells[0]) &&
                      "border-l border-slate-200",
                  )}
                >
                  <CellValue
                    value={row.cells[metricIndex + 2] ?? null}
                    kind={metric.kind}
                    isSuppressed={row.suppressed}
                    format={format}
                    labels={labels}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
