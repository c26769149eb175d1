// Administration of existing users: finding one in the list by search and filters, changing role and team in
// the edit form, and setting a new password that is shown once and then works (the old one no longer does).
import type { Browser } from "@playwright/test";

import { getDb } from "../lib/db";

import { expect, signInViaApi, test } from "./fixtures";

/** Whether e-mail and password sign in, tried in a browser of its own (the admin's session is left alone). */
async function canSignIn(browser: Browser, email: string, password: string): Promise<boolean> {
  const context = await browser.newContext();
  try {
    const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    const response = await context.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password, json: "true" },
      maxRedirects: 0,
    });
    const target = response.headers()["location"] ?? (await response.text());
    return response.status() < 400 && !target.includes("error=");
  } finally {
    await context.close();
  }
}

test("an admin finds a user by search and filters, and changes their role and team", async ({
  page,
  signedInAs,
  makeUser,
  makeTeam,
}) => {
  await signedInAs("ADMIN", { locale: "en" });
  const ghent = await makeTeam({ name: `Team Gent ${Date.now()}` });
  const antwerp = await makeTeam({ name: `Team Antwerpen ${Date.now()}` });
  const name = `Ilse Verhoeven ${Date.now().toString(36)}`;
  const user = await makeUser("COORDINATOR", { teamId: ghent.id, name });
  // A colleague in the same team, who must not match the search.
  await makeUser("COORDINATOR", { teamId: ghent.id });

  await page.goto("/admin/users");
  const filters = page.getByRole("search", { name: "Filter" });
  await filters.getByLabel("Search by name or e-mail").fill(name);
  await filters.getByLabel("Role").selectOption("COORDINATOR");
  await filters.getByLabel("Team").selectOption({ label: ghent.name });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  const users = page.getByRole("table", { name: "Users, sorted by name" });
  const rows = users.locator("tbody").getByRole("row");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(user.email);
  await expect(rows).toContainText("Return-to-work coordinator");
  await expect(rows).toContainText(ghent.name);
  await expect(rows).toContainText("Active");
  // The same search with another role finds nobody.
  await filters.getByLabel("Role").selectOption("MANAGER");
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("Nothing found.")).toBeVisible();
  await expect(users).toHaveCount(0);

  // From the team's list to the edit form: the coordinator becomes the manager of another team.
  await page.goto(`/admin/users?teamId=${ghent.id}`);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${name}`);
  await expect(page.getByLabel("Role")).toHaveValue("COORDINATOR");
  await page.getByLabel("Role").selectOption("MANAGER");
  await page.getByLabel("Team").selectOption({ label: antwerp.name });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Role")).toHaveValue("MANAGER");
  await expect(page.getByLabel("Team")).toHaveValue(antwerp.id);
  const saved = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
  expect(saved).toMatchObject({ role: "MANAGER", teamId: antwerp.id, name });

  await page.goto(`/admin/users?q=${encodeURIComponent(name)}`);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("Manager");
  await expect(rows).toContainText(antwerp.name);
  await expect(rows).not.toContainText(ghent.name);
});

test("an admin sets a new password: shown once, it signs in, the old one and its session no longer work", async ({
  page,
  signedInAs,
  makeUser,
  browser,
}) => {
  await signedInAs("ADMIN", { locale: "en" });
  const user = await makeUser("MANAGER", { locale: "en" });
  // The user is signed in elsewhere with the old password.
  const elsewhere = await browser.newContext();
  const theirs = await elsewhere.newPage();
  await signInViaApi(theirs, user);
  await theirs.goto("/reports");
  await expect(theirs.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(theirs).toHaveURL(/\/reports$/);

  await page.goto(`/admin/users/${user.id}`);
  await page.getByRole("button", { name: "Set a new password" }).click();
  const message = page.getByRole("status").filter({ hasText: `New password for ${user.name} (shown once):` });
  await expect(message).toBeVisible();
  const password = (await message.getByTestId("generated-password").textContent())!.trim();
  expect(password.length).toBeGreaterThanOrEqual(12);
  expect(password).not.toBe(user.password);

  // Shown once: a fresh load of the page no longer has it.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${user.name}`);
  await expect(page.getByTestId("generated-password")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(password);

  // The new password signs in, the old one no longer does, and the open session has ended.
  expect(await canSignIn(browser, user.email, password)).toBe(true);
  expect(await canSignIn(browser, user.email, user.password)).toBe(false);
  await theirs.goto("/reports");
  await expect(theirs).toHaveURL(/\/login/);
  await elsewhere.close();
});
