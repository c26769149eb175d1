import { describe, expect, it } from "vitest";

import { caseTable, failedCase, markdownTable, percentile, scannedRows, summarise } from "./bench";

describe("bench harness", () => {
  it("counts the rows every scan node reads, over all its loops, and names the sequential scans", () => {
    const plan = {
      "Node Type": "Nested Loop",
      "Actual Rows": 50,
      Plans: [
        {
          "Node Type": "Seq Scan",
          "Relation Name": "Member",
          "Actual Rows": 274,
          "Actual Loops": 1,
          "Rows Removed by Filter": 4726,
        },
        {
          "Node Type": "Index Scan",
          "Relation Name": "Deadline",
          "Actual Rows": 2,
          "Actual Loops": 274,
          "Rows Removed by Filter": 1,
        },
        { "Node Type": "Hash", "Actual Rows": 9999, Plans: [] },
      ],
    };
    expect(scannedRows(plan)).toEqual({
      rows: 5000 + 3 * 274,
      seqScans: [{ table: "Member", rows: 5000 }],
    });
  });

  it("summarises samples as nearest-rank percentiles", () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(summarise(samples)).toEqual({ p50: 10, p95: 19, max: 20, samples: 20 });
    expect(percentile([], 50)).toBeNaN();
  });

  it("prints a Markdown table aligned for a terminal", () => {
    expect(
      markdownTable(
        ["case", "p50"],
        [
          ["a", "1.0"],
          ["longer", "12.5"],
        ],
      ),
    ).toBe(["| case   |  p50 |", "|--------|-----:|", "| a      |  1.0 |", "| longer | 12.5 |"].join("\n"));
  });

  it("keeps a failed case in the table with its reason instead of stopping the run", () => {
    const failed = failedCase(
      "report cohort",
      new Error("Invalid invocation:\n\nTransaction API error: expired"),
    );
    expect(failed.error).toBe("Transaction API error: expired");
    const table = caseTable([failed]);
    expect(table).toContain("| report cohort |");
    expect(table).toContain("failed: Transaction API error: expired");
  });
});
