// CSV for spreadsheet programs (issue 6): UTF-8 with a byte-order mark (without it Excel reads UTF-8 as
// Windows-1252 and breaks "é"), CRLF line ends (RFC 4180), and a choice of separator. With ";" — what Excel
// expects where the decimal separator is a comma, as in Belgium — numbers are written with a decimal comma,
// so that they arrive as numbers, not text. Pure.
import type { CsvSeparator } from "@/lib/reports/schemas";
import type { Cell, CellKind, ReportTable } from "@/lib/reports/tables";

export const BOM = "\uFEFF";

/** Text that a spreadsheet would run as a formula (CSV injection, OWASP) gets a leading apostrophe. */
function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: string, separator: CsvSeparator): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A number as the CSV writes it: no thousands separator; "." as the decimal separator, or "," with the ";"
 * separator; one-decimal values (percentages, days) always with their decimal, as on screen.
 */
export function csvNumber(value: number, separator: CsvSeparator, kind: CellKind = "decimal"): string {
  const text = kind === "count" ? String(value) : value.toFixed(1);
  return separator === ";" ? text.replace(".", ",") : text;
}

export function csvCell(value: Cell, separator: CsvSeparator, kind: CellKind = "text"): string {
  if (value === null) return "";
  if (typeof value === "number") return csvNumber(value, separator, kind === "text" ? "decimal" : kind);
  return csvField(neutraliseFormula(value), separator);
}

/**
 * The table as CSV: a header row of column labels, one line per row, and a last column that says whether the
 * row's values were suppressed (fewer than 5), so an empty cell can be told apart from a suppressed one.
 */
export function tableToCsv(
  table: ReportTable,
  options: { separator: CsvSeparator; suppressedLabel: string; yes: string; no: string },
): string {
  const { separator } = options;
  const header = [...table.columns.map((column) => column.label), options.suppressedLabel];
  const lines = [header.map((label) => csvCell(label, separator)).join(separator)];
  for (const row of table.rows) {
    const cells = row.cells.map((cell, index) => csvCell(cell, separator, table.columns[index]?.kind));
    cells.push(csvCell(row.suppressed ? options.yes : options.no, separator));
    lines.push(cells.join(separator));
  }
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** Parses CSV written by tableToCsv (BOM, quotes, either separator): for tests and round trips. */
export function parseCsv(text: string, separator: CsvSeparator): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = "";
    } else if (char === "\r" && source[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (char === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
