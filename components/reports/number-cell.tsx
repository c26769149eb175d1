import type { Cell, CellKind } from "@/lib/reports/tables";

/** How a report shows numbers and dates in the reader's language (built by the page with next-intl). */
export interface ReportFormat {
  count: (value: number) => string;
  decimal: (value: number) => string;
  /** A calendar date "YYYY-MM-DD" as a day ("25 Jun 2026"). */
  day: (date: string) => string;
  /** The month of a calendar date ("Jun 2026"). */
  month: (date: string) => string;
}

/**
 * One cell of a report. A null value shows a dash; whether it is suppressed (a small cell) or has nothing
 * to be computed on is said to screen readers and in the tooltip.
 */
export function CellValue({
  value,
  kind,
  isSuppressed,
  format,
  labels,
}: {
  value: Cell;
  kind: CellKind;
  isSuppressed: boolean;
  format: ReportFormat;
  labels: { suppressed: string; notApplicable: string };
}) {
  if (value === null) {
    const label = isSuppressed ? labels.suppressed : labels.notApplicable;
    return (
      <span title={label} data-null={isSuppressed ? "suppressed" : "empty"}>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{label}</span>
      </span>
    );
  }
  if (typeof value === "string") return <>{value}</>;
  return <>{kind === "count" ? format.count(value) : format.decimal(value)}</>;
}
