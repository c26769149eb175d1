import { CellValue, type ReportFormat } from "@/components/reports/number-cell";
import { cn } from "@/components/ui/cn";
import type { ReportTable } from "@/lib/reports/tables";

export interface TableLabels {
  suppressed: string;
  notApplicable: string;
  suppressedRow: string;
}

/**
 * A report table as the screen shows it: the first column names the row (a row header), numbers are
 * right-aligned and formatted for the reader's language, suppressed rows are marked. Cells carry data-row
 * and data-col so that tests can compare them with the exports.
 */
export function ReportTableView({
  table,
  format,
  labels,
  caption,
}: {
  table: ReportTable;
  format: ReportFormat;
  labels: TableLabels;
  caption?: string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white print:overflow-visible">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-table={table.id}>
        <caption className="px-3 py-2 text-left text-sm font-semibold text-slate-800">
          {caption ?? table.title}
        </caption>
        <thead className="bg-slate-50 text-xs font-semibold text-slate-700">
          <tr>
            {table.columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={cn("px-3 py-2 align-bottom", column.kind === "text" ? "text-left" : "text-right")}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.rows.map((row) => (
            <tr
              key={row.key}
              data-row={row.key}
              className={cn(row.isTotal && "bg-slate-50 font-semibold", row.suppressed && "text-slate-600")}
            >
              {row.cells.map((cell, index) => {
                const column = table.columns[index]!;
                const content = (
                  <CellValue
                    value={cell}
                    kind={column.kind}
                    isSuppressed={row.suppressed}
                    format={format}
                    labels={labels}
                  />
                );
                return index === 0 ? (
                  <th
                    key={column.key}
                    scope="row"
                    className="px-3 py-2 text-left font-medium"
                    data-col={column.key}
                  >
                    {content}
                    {row.suppressed ? (
                      <span className="ml-1 text-xs font-normal text-slate-500" title={labels.suppressedRow}>
                        <span aria-hidden="true">*</span>
                        <span className="sr-only">{labels.suppressedRow}</span>
                      </span>
                    ) : null}
                  </th>
                ) : (
                  <td
                    key={column.key}
                    className={cn(
                      "px-3 py-2 tabular-nums",
                      column.kind === "text" ? "text-left" : "text-right",
                    )}
                    data-col={column.key}
                  >
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
