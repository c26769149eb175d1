// The manager's other reports — caseload, compliance, outcomes, referrals, adjustments: each table shown with
// its caption and the test's own numbers (worked out by hand in support/report-extras.ts), and each table's
// CSV download with the header row and the numbers the screen shows.
import { readFileSync } from "node:fs";

import type { Locator, Page } from "@playwright/test";

import { getDb } from "../lib/db";
import { parseCsv } from "../lib/reports/csv";

import { expect, test } from "./fixtures";
import { makeFullReportScenario, parseScreenNumber, REPORT_FILTER } from "./support/report-extras";

interface ExpectedTable {
  /** The table's caption (its accessible name), as the English screen shows it. */
  caption: string;
  /** The row header of one row made by the scenario, and the numbers of that row. */
  row: string | ((scenario: Awaited<ReturnType<typeof makeFullReportScenario>>) => string);
  values: number[];
}

const REPORTS: { id: string; title: string; tables: ExpectedTable[] }[] = [
  {
    id: "caseload",
    title: "Caseload per coordinator",
    tables: [
      {
        caption: "Caseload per coordinator",
        row: (scenario) => scenario.coordinator.name,
        values: [8, 5, 2, 1, 1, 2],
      },
    ],
  },
  {
    id: "compliance",
    title: "Deadline compliance",
    tables: [
      { caption: "Compliance per deadline", row: "Questionnaire sent", values: [5, 3, 1, 1, 0, 60, 20, 20] },
      { caption: "Compliance per month", row: "2026-03", values: [5, 3, 1, 1, 0, 60, 20, 20] },
    ],
  },
  {
    id: "outcomes",
    title: "Outcomes and stop reasons",
    tables: [
      { caption: "How trajectories ended (n = 6)", row: "Closed", values: [5, 83.3] },
      { caption: "Outcomes (n = 5)", row: "Back at work", values: [5, 100] },
      { caption: "Stop reasons (n = 5)", row: "Fully resumed work (or will soon)", values: [5, 100] },
    ],
  },
  {
    id: "referrals",
    title: "Referrals",
    tables: [{ caption: "Referral targets (n = 6)", row: "VDAB", values: [5, 83.3, 60, 12, 2] }],
  },
  {
    id: "adjustments",
    title: "Work adjustments",
    tables: [
      { caption: "Adjustments per type (n = 6)", row: "Working hours", values: [6, 6, 1, 0, 5, 16.7, 16.7] },
      { caption: "Refusal reasons (n = 5)", row: "Too expensive", values: [5, 100] },
    ],
  },
];

/** The table's rows as the screen shows them: row header, then the numbers (null for a dash). */
async function readTable(
  table: Locator,
): Promise<{ header: string[]; rows: Map<string, (number | null)[]> }> {
  const header = (await table.getByRole("columnheader").allTextContents()).map((text) => text.trim());
  const rows = new Map<string, (number | null)[]>();
  for (const row of await table.locator("tbody").getByRole("row").all()) {
    // The row header carries a screen-reader note on suppressed rows: take its first text only.
    const name = (
      await row.getByRole("rowheader").evaluate((cell) => cell.firstChild?.textContent ?? "")
    ).trim();
    const cells = await row.getByRole("cell").allInnerTexts();
    rows.set(name, cells.map(parseScreenNumber));
  }
  return { header, rows };
}

async function downloadCsv(page: Page, link: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8") };
}

for (const report of REPORTS) {
  test(`the ${report.id} report shows the team's numbers, and each table's CSV has the screen's header`, async ({
    page,
    signedInAs,
  }) => {
    const scenario = await makeFullReportScenario(report.id);
    const manager = await signedInAs("MANAGER", { locale: "en" });
    await page.goto(
      `/reports/${report.id}?team=${scenario.teamId}&from=${REPORT_FILTER.from}&asOf=${REPORT_FILTER.asOf}`,
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(report.title);
    await expect(page.getByRole("link", { name: report.title, exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByTestId("applied-filters")).toContainText(`Team: ${scenario.teamName}`);

    for (const expected of report.tables) {
      const table = page.getByRole("table", { name: expected.caption, exact: true });
      await expect(table).toBeVisible();
      const rowName = typeof expected.row === "string" ? expected.row : expected.row(scenario);
      await expect(table.getByRole("rowheader", { name: rowName, exact: true })).toBeVisible();
      const screen = await readTable(table);
      expect(screen.rows.get(rowName), `${expected.caption}: ${rowName}`).toEqual(expected.values);

      // The CSV (comma) of this table: the header row of the screen plus the suppression column, and the
      // same rows with the same numbers.
      const section = page.getByRole("region", { name: expected.caption, exact: true });
      const csv = await downloadCsv(page, section.getByRole("link", { name: "CSV (comma)" }));
      expect(csv.name).toMatch(new RegExp(`^.*${report.id}.*\\.csv$`));
      const [header, ...rows] = parseCsv(csv.text, ",");
      expect(header).toEqual([...screen.header, "Suppressed (fewer than 5)"]);
      expect(rows.map((row) => row[0])).toEqual([...screen.rows.keys()]);
      const csvRow = rows.find((row) => row[0] === rowName)!;
      expect(csvRow.slice(1, -1).map((cell) => (cell === "" ? null : Number(cell)))).toEqual(expected.values);
      expect(csvRow.at(-1)).toBe("no");
    }

    const exports = await getDb().auditEvent.count({
      where: { actorId: manager.id, action: "EXPORT", entity: "Report", entityId: report.id },
    });
    expect(exports).toBe(report.tables.length);
  });
}
