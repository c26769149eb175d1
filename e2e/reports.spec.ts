// Manager reports: the cohort table on screen, its CSV and XLSX downloads with the same numbers, the charts'
// accessible alternatives, and who may not see any of it.
import { readFileSync } from "node:fs";

import ExcelJS from "exceljs";

import { getDb } from "../lib/db";
import { parseCsv } from "../lib/reports/csv";

import { expect, test } from "./fixtures";
import { makeReportScenario, parseScreenNumber, REPORT_FILTER } from "./support/report-data";
import type { Page } from "@playwright/test";

const METRICS = [
  "periods",
  "share",
  "meanIncapacityDays",
  "progressiveReturnRate",
  "medianDaysToProgressiveReturn",
  "medianProgressiveReturnDays",
  "meanVolume",
  "fullReturnRate",
];

/** The cohort table on screen: group key → the numbers of its column, in METRICS order. */
async function readCohortScreen(page: Page): Promise<Map<string, (number | null)[]>> {
  const groups = await page
    .locator("table[data-table=groups] thead th[data-group]")
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-group")!));
  const screen = new Map<string, (number | null)[]>();
  for (const group of groups) {
    const values: (number | null)[] = [];
    for (const metric of METRICS) {
      const text = await page.locator(`td[data-row="${group}"][data-col="${metric}"]`).innerText();
      values.push(parseScreenNumber(text));
    }
    screen.set(group, values);
  }
  return screen;
}

async function download(page: Page, testId: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

test("a manager opens the cohort table and downloads CSV and XLSX with the screen's numbers", async ({
  page,
  signedInAs,
}) => {
  const { teamId, teamName } = await makeReportScenario("cohort");
  const manager = await signedInAs("MANAGER", { locale: "en" });
  await page.goto("/reports");
  await page.getByRole("link", { name: "Cohort outcomes" }).click();
  await page.getByLabel("Start from").fill(REPORT_FILTER.from);
  await page.getByLabel("As of").fill(REPORT_FILTER.asOf);
  await page.getByLabel("Team", { exact: true }).selectOption({ label: teamName });
  await page.getByRole("button", { name: "Show report" }).click();
  await expect(page).toHaveURL(new RegExp(`team=${teamId}`));
  await expect(page.getByRole("table", { name: /8 incapacity periods/ })).toBeVisible();
  // The applied filters read as dates in the user's language, not as ISO strings.
  await expect(page.getByTestId("applied-filters")).toContainText("As of: 31 October 2026");
  await expect(page.getByTestId("applied-filters")).toContainText("Start from: 1 January 2026");

  const screen = await readCohortScreen(page);
  expect([...screen.keys()]).toEqual([
    "sex:F",
    "sex:M",
    "sex:X",
    "diagnosis:BURNOUT",
    "diagnosis:OTHER",
    "ageBand:55+",
    "ageBand:<55",
  ]);
  // Worked out by hand in support/report-data.ts.
  expect(screen.get("sex:F")!.slice(0, 4)).toEqual([6, 75, 198.3, 50]);
  expect(screen.get("sex:M")).toEqual([2, null, null, null, null, null, null, null]);
  expect(screen.get("ageBand:<55")![0]).toBe(5);
  await expect(page.locator('td[data-row="sex:M"][data-col="share"] [data-null]')).toHaveAttribute(
    "title",
    "suppressed (fewer than 5)",
  );

  const comma = await download(page, "export-csv-comma-groups");
  expect(comma.name).toContain("asof-2026-10-31_from-2026-01-01_team-reports-cohort");
  expect(comma.name.endsWith(".csv")).toBe(true);
  expect(comma.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const semicolon = await download(page, "export-csv-semicolon-groups");
  for (const [file, separator] of [
    [comma, ","],
    [semicolon, ";"],
  ] as const) {
    const [, ...rows] = parseCsv(file.body.toString("utf8"), separator);
    expect(rows).toHaveLength(screen.size);
    [...screen.entries()].forEach(([, values], index) => {
      const csvValues = rows[index]!.slice(2, 2 + METRICS.length).map((cell) =>
        cell === "" ? null : Number(cell.replace(",", ".")),
      );
      expect(csvValues).toEqual(values);
    });
  }

  const xlsx = await download(page, "export-xlsx");
  expect(xlsx.name.endsWith(".xlsx")).toBe(true);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  [...screen.entries()].forEach(([, values], index) => {
    const row = sheet.getRow(index + 2);
    const cells = METRICS.map((_, column) => {
      const value = row.getCell(column + 3).value;
      return value === null || value === undefined || value === "" ? null : Number(value);
    });
    expect(cells).toEqual(values);
  });

  const exports = await getDb().auditEvent.count({
    where: { actorId: manager.id, action: "EXPORT", entity: "Report", entityId: "cohort" },
  });
  expect(exports).toBe(3);

  // A tampered export link is answered in the user's language, not with a bare status.
  const tampered = await page.request.get("/reports/cohort/export?format=pdf");
  expect(tampered.status()).toBe(422);
  expect(await tampered.text()).toContain("This export link has filters or options that are not valid.");
});

test("the funnel chart has a text alternative and a table beside it, and the page prints", async ({
  page,
  signedInAs,
}) => {
  const { teamId } = await makeReportScenario("funnel");
  await signedInAs("MANAGER", { locale: "en" });
  await page.goto(`/reports/funnel?team=${teamId}&from=${REPORT_FILTER.from}&asOf=${REPORT_FILTER.asOf}`);
  const chart = page.getByRole("img", { name: "Funnel: periods that reached each stage" });
  await expect(chart).toBeVisible();
  await expect(page.locator('tr[data-row="inIncapacity"] td[data-col="periods"]')).toHaveText("8");
  await expect(page.getByRole("table", { name: "Funnel stages" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("search", { name: "Report filters" })).toBeHidden();
  await expect(chart).toBeVisible();
});

for (const role of ["COORDINATOR", "ADVISING_PHYSICIAN"] as const) {
  test(`a ${role} gets 404 on the reports, their exports and the API tokens, and sees no link`, async ({
    page,
    signedInAs,
  }) => {
    await signedInAs(role, { locale: "en" });
    for (const path of [
      "/reports",
      "/reports/cohort",
      "/reports/funnel?asOf=2026-01-01",
      "/admin/api-tokens",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    const exported = await page.request.get("/reports/cohort/export?format=csv");
    expect(exported.status()).toBe(404);
    await page.goto("/profile");
    await expect(page.getByRole("link", { name: "Reports" })).toHaveCount(0);
  });
}
