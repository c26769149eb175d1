// Signing in and out, lockout, deactivation, language and the security headers.
import { getDb } from "../lib/db";
import { setUserActive } from "../lib/users/mutations";

import { expect, test } from "./fixtures";

const ROLE_LABELS_NL = {
  COORDINATOR: "Terug-naar-werkcoördinator",
  ADVISING_PHYSICIAN: "Adviserend arts",
  MANAGER: "Manager",
  ADMIN: "Beheerder",
} as const;

const HOME = {
  COORDINATOR: /\/caseload$/,
  ADVISING_PHYSICIAN: /\/queue$/,
  MANAGER: /\/reports$/,
  ADMIN: /\/$/,
} as const;

test.describe("sign-in form", () => {
  for (const role of ["COORDINATOR", "ADVISING_PHYSICIAN", "MANAGER", "ADMIN"] as const) {
    test(`a ${role} signs in and lands on their home`, async ({ page, makeUser }) => {
      const user = await makeUser(role);
      await page.goto("/login");
      await page.getByLabel("E-mailadres").fill(user.email);
      await page.getByLabel("Wachtwoord").fill(user.password);
      await page.getByRole("button", { name: "Aanmelden" }).click();
      await expect(page).toHaveURL(HOME[role]);
      await expect(page.getByTestId("current-user")).toContainText(user.name);
      await expect(page.getByTestId("current-user")).toContainText(ROLE_LABELS_NL[role]);
      await page.getByRole("link", { name: user.name }).click();
      await expect(page.getByTestId("profile-role")).toHaveText(ROLE_LABELS_NL[role]);
    });
  }

  test("a wrong password shows the translated error and keeps the address", async ({ page, makeUser }) => {
    const user = await makeUser("COORDINATOR");
    await page.goto("/login");
    await page.getByRole("button", { name: "FR" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Se connecter à Reprise");
    await page.getByLabel("Adresse e-mail").fill(user.email);
    await page.getByLabel("Mot de passe").fill("not-the-password");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "L'adresse e-mail ou le mot de passe n'est pas correct.",
    );
    await expect(page.getByLabel("Adresse e-mail")).toHaveValue(user.email);
  });

  test("the sixth wrong attempt reports the lock", async ({ page, makeUser }) => {
    const user = await makeUser("MANAGER");
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill(user.email);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Wachtwoord").fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Aanmelden" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(
        "Het e-mailadres of het wachtwoord is niet juist.",
      );
    }
    await page.getByLabel("Wachtwoord").fill(user.password);
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Te veel mislukte pogingen");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("15 minuten");
  });

  test("signing out ends the session", async ({ page, signedInAs }) => {
    await signedInAs("COORDINATOR");
    await page.goto("/");
    await page.getByRole("button", { name: "Afmelden" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });
});

test("a deactivated user is signed out on the next request", async ({ page, signedInAs }) => {
  const user = await signedInAs("COORDINATOR");
  await page.goto("/profile");
  await expect(page.getByTestId("profile")).toContainText(user.email);
  const { version } = await getDb().user.findUniqueOrThrow({
    where: { id: user.id },
    select: { version: true },
  });
  await setUserActive({ id: user.id, version, isActive: false }, { actor: null, actorLabel: "e2e" });
  await page.reload();
  await expect(page).toHaveURL(/\/login/);
});

test("switching the language changes the interface and is remembered", async ({ page, signedInAs }) => {
  await signedInAs("MANAGER");
  await page.goto("/profile");
  await expect(page.getByRole("button", { name: "Afmelden" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
});

test("responses carry the security headers", async ({ request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  // proxy.ts gives a request that brings no id of its own a random UUID (crypto.randomUUID, version 4).
  expect(headers["x-request-id"]).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
  // Next's own scripts carry the nonce, so the page still works under this policy.
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"]!)?.[1];
  expect(await response.text()).toContain(`nonce="${nonce}"`);
});
