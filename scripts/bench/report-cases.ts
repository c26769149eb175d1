// Benchmark cases for the reports (issue 6): each report's application function (query, reshaping,
// suppression) next to the one SQL statement it runs, with no filter but the as-of date — the whole fund,
// the heaviest case. Wired into `npm run bench` by scripts/bench.ts.
import { getReport, reportSql } from "@/lib/reports/queries";
import { REPORT_IDS, type ReportFilter } from "@/lib/reports/schemas";

import type { BenchCase } from "../lib/bench";

export function reportBenchCases(options: { asOf: string }): BenchCase[] {
  const filter: ReportFilter = {
    from: null,
    to: null,
    asOf: options.asOf,
    by: null,
    team: null,
    region: null,
    coordinator: null,
  };
  return REPORT_IDS.map((report) => {
    const statement = reportSql(report, filter);
    return {
      name: `report ${report}`,
      app: () => getReport(report, filter),
      sql: { text: statement.text, values: [...statement.values] },
    };
  });
}
