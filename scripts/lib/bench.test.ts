import { describe, expect, it } from "vitest";

import type pg from "pg";

import { caseTable, failedCase, markdownTable, percentile, runCase, scannedRows, summarise } from "./bench";

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

  it("still measures and explains the SQL of a case whose application function fails", async () => {
    const plan = {
      "Node Type": "Seq Scan",
      "Relation Name": "Deadline",
      "Actual Rows": 7,
      "Actual Loops": 1,
    };
    const sent: string[] = [];
    const pool = {
      query: async (text: string) => {
        sent.push(text);
        if (text.startsWith("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)"))
          return { rows: [{ "QUERY PLAN": [{ Plan: plan }] }] };
        if (text.startsWith("EXPLAIN")) return { rows: [{ "QUERY PLAN": "Seq Scan on Deadline" }] };
        return { rows: [{}, {}], rowCount: 2 };
      },
    } as unknown as pg.Pool;
    const result = await runCase(
      {
        name: "report cohort",
        app: () => Promise.reject(new Error("Invalid call:\nTransaction API error: expired")),
        sql: { text: "SELECT 1" },
      },
      pool,
      { iterations: 3, maxSeconds: 1, minSamples: 1 },
    );
    expect(result.error).toBe("app: Transaction API error: expired");
    expect(result.app.samples).toBe(0);
    expect(result.sql.samples).toBe(3);
    expect(result).toMatchObject({ rowsOut: 2, rowsRead: 7, seqScans: [{ table: "Deadline", rows: 7 }] });
    expect(sent.filter((text) => text === "SELECT 1")).toHaveLength(4);
  });
});
