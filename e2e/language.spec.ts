// The interface language (issue 11): German as a fourth language, what a user is told when the login page's
// language is not their account's, texts stored as codes and written in each reader's language, one date and
// date-time format per language, and French punctuation.
import { recordConsent } from "../lib/consents/mutations";
import { addDays } from "../lib/dates";
import { getDb } from "../lib/db";
import { logContact } from "../lib/contacts/mutations";
import { formatFor } from "../lib/i18n/format";

import type { Page } from "@playwright/test";

import type { TestUser } from "../prisma/factories";

import { daysAgo, expect, makeMemberInActiveTrajectory, test, today } from "./support/coordinator";

/** The login form in one language: its switcher button (none: the page's own) and its labels. */
const LOGIN = {
  nl: { switcher: null, email: "E-mailadres", password: "Wachtwoord", submit: "Aanmelden" },
  en: { switcher: "English", email: "E-mail address", password: "Password", submit: "Sign in" },
  de: { switcher: "Deutsch", email: "E-Mail-Adresse", password: "Passwort", submit: "Anmelden" },
} as const;

async function signInThroughForm(page: Page, user: TestUser, language: keyof typeof LOGIN) {
  const form = LOGIN[language];
  await page.goto("/login");
  if (form.switcher) await page.getByRole("button", { name: form.switcher }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  await page.getByLabel(form.email).fill(user.email);
  await page.getByLabel(form.password).fill(user.password);
  await page.getByRole("button", { name: form.submit }).click();
  await expect(page).toHaveURL(/\/caseload$/);
}

test("signing in on an English page into a Dutch account says so, and one click switches to English", async ({
  page,
  makeUser,
}) => {
  const user = await makeUser("COORDINATOR", { locale: "nl" });
  await signInThroughForm(page, user, "en");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  const notice = page.getByTestId("sign-in-language");
  await expect(notice).toContainText("Je hebt je aangemeld op een pagina in het Engels.");
  const switchButton = notice.getByRole("button", { name: "Continue in English" });
  await expect(switchButton).toHaveAttribute("lang", "en");
  await switchButton.click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(notice).toBeHidden();
  await expect
    .poll(async () => (await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).locale)
    .toBe("en");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My caseload");
  await expect(page.getByTestId("sign-in-language")).toHaveCount(0);
});

test("signing in on a German page into a French account: staying in French is said once", async ({
  page,
  makeUser,
}) => {
  const user = await makeUser("COORDINATOR", { locale: "fr" });
  await signInThroughForm(page, user, "de");
  const notice = page.getByTestId("sign-in-language");
  await expect(notice).toContainText("Vous vous êtes connecté sur une page en allemand.");
  await expect(notice.getByRole("button", { name: "Auf Deutsch weiter" })).toHaveAttribute("lang", "de");
  await notice.getByRole("button", { name: "Rester en français" }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes dossiers");
  await expect(page.getByTestId("sign-in-language")).toHaveCount(0);
  expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("fr");
});

test("signing in on a page in the account's own language says nothing", async ({ page, makeUser }) => {
  const user = await makeUser("COORDINATOR", { locale: "nl" });
  await signInThroughForm(page, user, "nl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn caseload");
  await expect(page.getByTestId("sign-in-language")).toHaveCount(0);
});

test("a member file reads in each language: codes written per reader, one date format, French colons", async ({
  page,
  coordinator,
}) => {
  const member = await makeMemberInActiveTrajectory(coordinator, 120);
  // Recorded by an English-speaking coordinator, read by colleagues in other languages.
  await recordConsent(
    {
      trajectoryId: member.trajectoryId,
      party: "EMPLOYER",
      partyName: "",
      purposeCode: "WORK_ADJUSTMENTS",
      purpose: "",
      givenDate: daysAgo(5),
    },
    coordinator.context,
  );
  // A task Reprise made (the help a late questionnaire calls for): it has a kind, no stored title.
  await getDb().task.create({
    data: {
      memberId: member.id,
      assigneeId: coordinator.id,
      kind: "QUESTIONNAIRE_HELP",
      title: null,
      dueDate: new Date(`${addDays(today, 2)}T00:00:00Z`),
    },
  });
  await logContact(
    {
      memberId: member.id,
      occurredAt: `${daysAgo(1)}T15:05`,
      channel: "PHONE",
      party: "MEMBER",
      summary: "Called about the questionnaire.",
      followUpDate: "",
    },
    coordinator.context,
  );

  const languages = [
    {
      code: "en",
      switcher: "English",
      consent: "Discuss work adjustments with the employer",
      task: "Help the member fill in the questionnaire",
      category: "Category: ",
      at: " at 15:05",
    },
    {
      code: "de",
      switcher: "Deutsch",
      consent: "Arbeitsanpassungen mit dem Arbeitgeber besprechen",
      task: "Dem Mitglied beim Ausfüllen des Fragebogens helfen",
      category: "Kategorie: ",
      at: " um 15:05",
    },
    {
      code: "fr",
      switcher: "Français",
      consent: "Discuter d'aménagements du travail avec l'employeur",
      task: "Aider le membre à remplir le questionnaire",
      category: "Catégorie\u00a0: ",
      at: " à 15:05",
    },
    {
      code: "nl",
      switcher: "Nederlands",
      consent: "Aanpassingen van het werk bespreken met de werkgever",
      task: "Hulp bieden bij het invullen van de vragenlijst",
      category: "Categorie: ",
      at: " om 15:05",
    },
  ] as const;

  await page.goto(`/members/${member.id}`);
  for (const language of languages) {
    await page.getByRole("button", { name: language.switcher }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", language.code);
    const format = formatFor(language.code);
    await expect(page.getByTestId("consent")).toContainText(language.consent);
    await expect(page.getByTestId("task")).toContainText(language.task);
    await expect(page.getByTestId("task")).toContainText(format.date(addDays(today, 2)));
    await expect(page.getByTestId("member-badges")).toContainText(language.category);
    const contact = page.getByTestId("contact");
    await expect(contact).toContainText(`${format.date(daysAgo(1))}${language.at}`);
    await expect(contact).not.toContainText(/\b(AM|PM)\b/);
  }
  // English writes the day before the month, as every other language does.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByTestId("task")).toContainText(/\d{1,2} [A-Z][a-z]+ \d{4}/);
});
