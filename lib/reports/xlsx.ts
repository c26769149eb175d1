// XLSX export: one worksheet per report table with real numbers (counts "0", percentages and days "0.0"),
// the same cells as the CSV and the screen, and an "about" sheet with the filters, the definitions version
// and the definition of every column.
import "server-only";

import ExcelJS from "exceljs";

import type { ReportTable } from "@/lib/reports/tables";

export interface WorkbookInfo {
  title: string;
  /** Label → value lines: filters, as-of date, definitions version, generated at. */
  facts: [string, string][];
  /** Column label → definition. */
  definitions: [string, string][];
  labels: { about: string; definitions: string; suppressed: string; yes: string; no: string; note: string };
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .slice(0, 31)
      .trim() || "Sheet";
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

export async function tablesToXlsx(tables: ReportTable[], info: WorkbookInfo): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Reprise";
  workbook.created = new Date();
  const used = new Set<string>();

  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, used), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.columns = [
      ...table.columns.map((column) => ({
        header: column.label,
        key: column.key,
        width: column.kind === "text" ? 34 : Math.max(12, Math.min(28, column.label.length + 2)),
        style: column.kind === "count" ? { numFmt: "0" } : column.kind === "decimal" ? { numFmt: "0.0" } : {},
      })),
      { header: info.labels.suppressed, key: "__suppressed", width: 14 },
    ];
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).alignment = { wrapText: true, vertical: "top" };
    for (const row of table.rows) {
      const added = sheet.addRow([...row.cells, row.suppressed ? info.labels.yes : info.labels.no]);
      if (row.isTotal) added.font = { bold: true };
    }
  }

  const about = workbook.addWorksheet(sheetName(info.labels.about, used));
  about.columns = [{ width: 32 }, { width: 110 }];
  about.addRow([info.title]).font = { bold: true, size: 14 };
  about.addRow([]);
  for (const [label, value] of info.facts) about.addRow([label, value]);
  about.addRow([]);
  about.addRow([info.labels.note]).alignment = { wrapText: false };
  about.addRow([]);
  about.addRow([info.labels.definitions]).font = { bold: true };
  for (const [label, text] of info.definitions) {
    about.addRow([label, text]).getCell(2).alignment = { wrapText: true, vertical: "top" };
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
