// The reporting API: an administrator creates a token (shown once), a BI client reads a report with it — the
// same numbers as the screen — and is refused without it and after the token is revoked.
import { request as playwrightRequest } from "@playwright/test";

import { getDb } from "../lib/db";

import { expect, test } from "./fixtures";
import { makeReportScenario, parseScreenNumber, REPORT_FILTER } from "./support/report-data";

const METRICS = [
  "periods",
  "share",
  "meanIncapacityDays",
  "progressiveReturnRate",
  "medianDaysToProgressiveReturn",
  "medianProgressiveReturnDays",
  "meanVolume",
  "fullReturnRate",
] as const;

test("the API answers 401 without a token, 200 with one with the screen's numbers, 401 after revocation", async ({
  page,
  signedInAs,
  baseURL,
}) => {
  const { teamId } = await makeReportScenario("api");
  await signedInAs("ADMIN", { locale: "en" });
  const tokenName = `BI e2e ${Date.now()}`;
  await page.goto("/admin/api-tokens");
  await page.getByLabel("Name").fill(tokenName);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-api-token").innerText()).trim();
  expect(token).toMatch(/^rpr_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("api-token-row").filter({ hasText: tokenName })).toContainText("Active");
  await page.reload();
  await expect(page.getByTestId("new-api-token")).toHaveCount(0); // shown once

  const query = `team=${teamId}&from=${REPORT_FILTER.from}&asOf=${REPORT_FILTER.asOf}`;
  const client = await playwrightRequest.newContext({ baseURL });
  const anonymous = await client.get(`/api/v1/reports/cohort?${query}`);
  expect(anonymous.status()).toBe(401);
  const wrong = await client.get(`/api/v1/reports/cohort?${query}`, {
    headers: { Authorization: `Bearer rpr_${"x".repeat(43)}` },
  });
  expect(wrong.status()).toBe(401);

  const response = await client.get(`/api/v1/reports/cohort?${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    definitionsVersion: string;
    groups: ({ dimension: string; group: string } & Record<(typeof METRICS)[number], number | null>)[];
  };
  expect(body.definitionsVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);

  // Every group of every dimension, suppressed or not: the loop below compares all seven with the screen.
  expect(body.groups.map((group) => `${group.dimension}:${group.group}`)).toEqual([
    "sex:F",
    "sex:M",
    "sex:X",
    "diagnosis:BURNOUT",
    "diagnosis:OTHER",
    "ageBand:55+",
    "ageBand:<55",
  ]);

  await page.goto(`/reports/cohort?${query}`);
  for (const group of body.groups) {
    const key = `${group.dimension}:${group.group}`;
    for (const metric of METRICS) {
      const text = await page.locator(`td[data-row="${key}"][data-col="${metric}"]`).innerText();
      expect(parseScreenNumber(text), `${key} ${metric}`).toBe(group[metric]);
    }
  }
  expect(body.groups.find((group) => group.group === "F")).toMatchObject({ periods: 6, share: 75 });

  const spec = await client.get("/api/v1/openapi.json");
  expect(spec.status()).toBe(200);
  expect(((await spec.json()) as { openapi: string }).openapi).toBe("3.1.0");

  await page.goto("/admin/api-tokens");
  const row = page.getByTestId("api-token-row").filter({ hasText: tokenName });
  await expect(row).not.toContainText("Never");
  await row.getByRole("button", { name: `Revoke token ${tokenName}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke token", exact: true }).click();
  await expect(row).toContainText("Revoked on");

  const revoked = await client.get(`/api/v1/reports/cohort?${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(revoked.status()).toBe(401);
  await client.dispose();

  const stored = await getDb().apiToken.findFirstOrThrow({ where: { name: tokenName } });
  const uses = await getDb().auditEvent.findMany({
    where: { action: "API_ACCESS", entityId: stored.id },
    orderBy: { id: "asc" },
    select: { changes: true },
  });
  expect(uses.map((use) => (use.changes as { status: number }).status)).toEqual([200, 401]);
});
