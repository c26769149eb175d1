// Administration: users, teams and the audit trail, and who may not see them.
import { getDb } from "../lib/db";

import { expect, test } from "./fixtures";

test("an admin creates a user with a generated password who can then sign in", async ({
  page,
  signedInAs,
  makeTeam,
  browser,
}) => {
  await signedInAs("ADMIN", { locale: "en" });
  const team = await makeTeam({ name: `Team e2e ${Date.now()}` });
  await page.goto("/admin/users/new");
  const email = `new-${Date.now()}@test.reprise.be`;
  await page.getByLabel("Name").fill("Nadia Coordinator");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Role").selectOption("COORDINATOR");
  await page.getByLabel("Team").selectOption({ label: team.name });
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("status")).toContainText(`User ${email} created.`);
  const password = (await page.getByTestId("generated-password").textContent())!.trim();
  expect(password.length).toBeGreaterThanOrEqual(12);

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto("/login");
  await other.getByLabel("E-mailadres").fill(email);
  await other.getByLabel("Wachtwoord").fill(password);
  await other.getByRole("button", { name: "Aanmelden" }).click();
  await expect(other).toHaveURL(/\/caseload$/);
  await expect(other.getByTestId("current-user")).toContainText(team.name);
  await context.close();
});

test("field errors are translated and nothing typed is lost", async ({ page, signedInAs, makeTeam }) => {
  const admin = await signedInAs("ADMIN", { locale: "fr" });
  const team = await makeTeam();
  await page.goto("/admin/users/new");
  await page.getByLabel("Nom").fill("Quelqu'un");
  await page.getByLabel("Équipe").selectOption({ label: team.name });
  await page.getByLabel("Adresse e-mail").fill(admin.email.toUpperCase());
  await page.getByLabel("Mot de passe initial").fill("court");
  await page.getByRole("button", { name: "Créer" }).click();
  await expect(page.getByText("Utilisez au moins 12 caractères.")).toBeVisible();
  await page.getByLabel("Mot de passe initial").fill("");
  await page.getByRole("button", { name: "Créer" }).click();
  // The duplicate is only known to the database: the server's answer lands on the field.
  await expect(page.getByText("Un compte existe déjà avec cette adresse e-mail.")).toBeVisible();
  await expect(page.getByLabel("Nom")).toHaveValue("Quelqu'un");
});

test("an admin deactivates a user and the audit trail shows it", async ({ page, signedInAs, makeUser }) => {
  await signedInAs("ADMIN", { locale: "en" });
  const target = await makeUser("COORDINATOR");
  await page.goto(`/admin/users/${target.id}`);
  await page.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "deactivated" })).toBeVisible();
  await page.goto(`/admin/audit?entity=User&action=UPDATE`);
  await expect(page.getByTestId("audit-row").filter({ hasText: target.id }).first()).toContainText(
    "isActive: true → false",
  );
});

test("an admin creates a team", async ({ page, signedInAs }) => {
  await signedInAs("ADMIN", { locale: "en" });
  await page.goto("/admin/teams");
  const name = `Équipe Liège ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Region").selectOption("WALLONIA");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("cell", { name, exact: true })).toBeVisible();
  // Rename it in the dialog, with the keyboard only.
  await page.getByRole("button", { name: `Edit team ${name}` }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(`${name} (Ouest)`);
  await dialog.getByLabel("Name").press("Enter");
  await expect(page.getByRole("cell", { name: `${name} (Ouest)`, exact: true })).toBeVisible();
  await expect(dialog).toBeHidden();
});

test("the audit trail filters and pages by keyset", async ({ page, signedInAs }) => {
  const admin = await signedInAs("ADMIN", { locale: "en" });
  await page.goto(`/admin/audit?actor=${encodeURIComponent(admin.email)}&action=LOGIN`);
  await expect(page.getByTestId("audit-row")).toHaveCount(1);
  await expect(page.getByTestId("audit-row")).toContainText("Signed in");

  // An end before the start is refused on its field, and the other filters still apply (not the whole list).
  await page.goto(
    `/admin/audit?actor=${encodeURIComponent(admin.email)}&action=LOGIN&from=2000-01-10&to=2000-01-01`,
  );
  await expect(
    page.getByRole("alert").filter({ hasText: "Some filters could not be applied" }),
  ).toBeVisible();
  await expect(page.getByLabel("To (date)", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("To (date)", { exact: true })).toHaveAccessibleDescription(
    "The end date cannot be before the start date.",
  );
  await expect(page.getByTestId("audit-row")).toHaveCount(1);

  // More rows than a page holds (DEFAULT_PAGE_SIZE, 50), all at the same instant, so the pages must follow the
  // (occurredAt, id) keyset and not the timestamp alone.
  const marker = `keyset-${Date.now()}`;
  const total = 60;
  const occurredAt = new Date(Date.now() - 60_000);
  await getDb().auditEvent.createMany({
    data: Array.from({ length: total }, (_, index) => ({
      occurredAt,
      actorEmail: admin.email,
      actorRole: "ADMIN" as const,
      action: "EXPORT" as const,
      entity: "Report",
      entityId: `${marker}-${index}`,
    })),
  });
  const markerPattern = new RegExp(`${marker}-\\d+`);
  const shownIds = async () =>
    (await page.getByTestId("audit-row").allInnerTexts()).map((text) => markerPattern.exec(text)?.[0]);

  await page.goto(`/admin/audit?actor=${encodeURIComponent(admin.email)}&action=EXPORT`);
  await expect(page.getByTestId("audit-row")).toHaveCount(50);
  const first = await shownIds();
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/[?&]cursor=/);
  await expect(page.getByTestId("audit-row")).toHaveCount(total - 50);
  const second = await shownIds();
  // The last page: no further link.
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);

  const seen = [...first, ...second];
  expect(seen).not.toContain(undefined);
  expect(new Set(seen).size, "no row on two pages").toBe(seen.length);
  expect([...seen].sort()).toEqual(Array.from({ length: total }, (_, index) => `${marker}-${index}`).sort());
});

for (const role of ["COORDINATOR", "ADVISING_PHYSICIAN", "MANAGER"] as const) {
  test(`a ${role} gets 404 on the admin pages and sees no admin link`, async ({ page, signedInAs }) => {
    // An existing user's page too (their own), not just an unknown id.
    const user = await signedInAs(role);
    for (const path of [
      "/admin/users",
      "/admin/teams",
      "/admin/audit",
      "/admin/users/new",
      "/admin/api-tokens",
      `/admin/users/${user.id}`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Gebruikers" })).toHaveCount(0);
  });
}
