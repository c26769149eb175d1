import { describe, expect, it } from "vitest";

import { BOM, csvCell, csvNumber, parseCsv, tableToCsv } from "@/lib/reports/csv";
import type { ReportTable } from "@/lib/reports/tables";

const TABLE: ReportTable = {
  id: "groups",
  title: "Groups",
  columns: [
    { key: "group", label: "Group", kind: "text" },
    { key: "periods", label: "Periods", kind: "count" },
    { key: "share", label: "Share (%)", kind: "decimal" },
  ],
  rows: [
    { key: "F", suppressed: false, cells: ["Women", 1234, 54.8] },
    { key: "X", suppressed: true, cells: ["X", 3, null] },
    { key: "M", suppressed: false, cells: ['Men; "all"', 5, 45] },
  ],
};
const OPTIONS = { suppressedLabel: "Suppressed", yes: "yes", no: "no" };

describe("CSV export", () => {
  it("starts with a byte-order mark and ends lines with CRLF", () => {
    const csv = tableToCsv(TABLE, { separator: ",", ...OPTIONS });
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Group,Periods,Share (%),Suppressed",
      "Women,1234,54.8,no",
      "X,3,,yes",
      'Men; ""all"",5,45.0,no'.replace('Men; ""all""', '"Men; ""all"""'),
      "",
    ]);
  });

  it("with ';' writes decimal commas so that Belgian spreadsheet settings read numbers", () => {
    const csv = tableToCsv(TABLE, { separator: ";", ...OPTIONS });
    const lines = csv.slice(1).split("\r\n");
    expect(lines[1]).toBe("Women;1234;54,8;no");
    expect(lines[3]).toBe('"Men; ""all""";5;45,0;no');
  });

  it("writes one-decimal values with their decimal and counts without (as on screen)", () => {
    expect(csvNumber(45, ",")).toBe("45.0");
    expect(csvNumber(45, ",", "count")).toBe("45");
    expect(csvNumber(0.5, ";")).toBe("0,5");
    expect(csvCell(null, ",")).toBe("");
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("x")', ",")).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+32 2 123", ",")).toBe("'+32 2 123");
    expect(csvCell("@sum", ";")).toBe("'@sum");
    expect(csvCell("Dr. Peeters", ",")).toBe("Dr. Peeters");
  });

  it("quotes fields with the separator, quotes or line breaks, and parses back to the same cells", () => {
    expect(csvCell("a,b", ",")).toBe('"a,b"');
    expect(csvCell("a,b", ";")).toBe("a,b");
    expect(csvCell("line\nbreak", ";")).toBe('"line\nbreak"');
    for (const separator of [",", ";"] as const) {
      const rows = parseCsv(tableToCsv(TABLE, { separator, ...OPTIONS }), separator);
      expect(rows).toHaveLength(4);
      expect(rows[3]![0]).toBe('Men; "all"');
      expect(rows[2]).toEqual(["X", "3", "", "yes"]);
    }
  });
});
