// Two-factor sign-in: physicians and admins are held until they pass a second factor, enrolment with the
// QR code's key, the second step of the login form with app and recovery codes, and an admin's reset.
import { getDb } from "../lib/db";
import { totpCodeOf } from "../lib/mfa/totp";

import { expect, freshTotpCode, signInViaApi, test } from "./fixtures";
import { makeCase, recordDiagnosis } from "./support/physician";

/** Six digits the key does not produce anywhere near now: wrong for certain. */
function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((offset) => totpCodeOf(secret, new Date(), offset)));
  for (let n = 0; ; n++) if (!valid.has(String(n).padStart(6, "0"))) return String(n).padStart(6, "0");
}

test("a physician without a second factor cannot reach medical data until they enrol", async ({
  page,
  makeUser,
}) => {
  const { member } = await makeCase(130, { lastName: `Secret ${Date.now()}` });
  const physician = await makeUser("ADVISING_PHYSICIAN", { locale: "en" });
  const colleague = await makeUser("ADVISING_PHYSICIAN", { withTotp: true });
  await recordDiagnosis(colleague, member.periodId, "Chronic lumbar pain, disc herniation.");
  await signInViaApi(page, physician);

  // The home page leads to the set-up instead of the queue.
  await page.goto("/queue");
  await expect(page.getByText("Two-factor sign-in is required.")).toBeVisible();
  await expect(page.getByTestId("queue-row")).toHaveCount(0);
  // Medical data, member files and decisions are closed: the pages send to the set-up.
  for (const path of [`/members/${member.id}/medical`, `/members/${member.id}/assess`]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByRole("main")).not.toContainText("herniation");
  }
  expect(await getDb().auditEvent.count({ where: { entity: "MedicalFile", actorId: physician.id } })).toBe(0);

  // Enrol: the app is played by the test with the key shown for typing in.
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  const key = (await page.getByTestId("totp-manual-key").textContent())!.replace(/\s/g, "");
  expect(key).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("Code from the app").fill(wrongCode(key));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByText("This code is not correct or has expired.")).toBeVisible();
  await page.getByLabel("Code from the app").fill(await freshTotpCode(key));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  const audit = await getDb().auditEvent.findFirst({
    where: { entity: "User", entityId: physician.id, purpose: "second-factor-enrolled" },
  });
  expect(audit?.actorId).toBe(physician.id);

  await page.getByRole("link", { name: "I have stored them — continue" }).click();
  await expect(page).toHaveURL(/\/queue$/);
  await page.goto(`/members/${member.id}/medical`);
  await expect(page.getByLabel("Medical content of the certificates")).toHaveValue(
    "Chronic lumbar pain, disc herniation.",
  );
});

test("signing in asks for the code; a wrong code is refused and a recovery code works once", async ({
  page,
  makeUser,
}) => {
  const physician = await makeUser("ADVISING_PHYSICIAN", { withTotp: true });
  const signInWith = async (code: string, { recovery = false } = {}) => {
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill(physician.email);
    await page.getByLabel("Wachtwoord").fill(physician.password);
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.getByRole("heading", { name: "Verificatie in twee stappen" })).toBeVisible();
    if (recovery) await page.getByRole("button", { name: "Een herstelcode gebruiken" }).click();
    await page.getByLabel(recovery ? "Herstelcode" : "Code uit de app").fill(code);
    await page.getByRole("button", { name: "Verifiëren" }).click();
  };

  await signInWith(wrongCode(physician.totpSecret!));
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Deze code is niet juist of al gebruikt. Geef de code die je app nu toont.",
  );
  // What was typed stays, to correct it.
  await expect(page.getByLabel("Code uit de app")).not.toHaveValue("");
  await page.getByLabel("Code uit de app").fill(await freshTotpCode(physician.totpSecret!));
  await page.getByRole("button", { name: "Verifiëren" }).click();
  await expect(page).toHaveURL(/\/queue$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Werkvoorraad");
  await expect(page.getByText("Aanmelden in twee stappen is verplicht.")).toHaveCount(0);

  const [recoveryCode] = physician.recoveryCodes!;
  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signInWith(recoveryCode!.toUpperCase(), { recovery: true });
  await expect(page).toHaveURL(/\/queue$/);
  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signInWith(recoveryCode!, { recovery: true });
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Deze herstelcode is niet juist of al gebruikt.",
  );
});

test("an admin resets a physician's second factor: audited, and the physician must enrol again", async ({
  page,
  signedInAs,
  makeUser,
  browser,
}) => {
  await signedInAs("ADMIN", { locale: "en" });
  const physician = await makeUser("ADVISING_PHYSICIAN", { withTotp: true, locale: "en" });
  await page.goto(`/admin/users/${physician.id}`);
  await expect(page.getByTestId("second-factor-status")).toContainText("On since");
  await page.getByRole("button", { name: "Reset two-factor sign-in" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Reset", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "was reset" })).toBeVisible();
  await expect(page.getByTestId("second-factor-status")).toContainText("Not set up yet");
  await page.goto("/admin/audit?entity=User&action=UPDATE");
  await expect(
    page
      .getByTestId("audit-row")
      .filter({ hasText: physician.id })
      .filter({ hasText: "second-factor-reset" }),
  ).toHaveCount(1);

  // The physician signs in with the password alone and is led to enrol again.
  const context = await browser.newContext();
  const other = await context.newPage();
  await signInViaApi(other, { email: physician.email, password: physician.password });
  await other.goto("/queue");
  await expect(other.getByRole("link", { name: "Set up two-factor sign-in" }).first()).toBeVisible();
  await context.close();
});

test("an admin without a second factor is held from the admin pages", async ({ page, makeUser }) => {
  const admin = await makeUser("ADMIN", { locale: "en" });
  await signInViaApi(page, admin);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByText("Two-factor sign-in is required.")).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Users" }),
  ).toHaveCount(0);
});
