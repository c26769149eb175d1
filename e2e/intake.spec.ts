// Intake: a duplicate INSZ offers the existing file instead of a second one; field errors are translated and
// nothing typed is lost; a new period that follows a full return within 14 days is proposed as a relapse.
import { getDb } from "../lib/db";
import { endPeriod } from "../lib/incapacity/mutations";
import { makeMember, makeMemberInIncapacity } from "../prisma/domain-factories";

import { daysAgo, expect, freshInsz, test } from "./support/coordinator";

test("a duplicate INSZ offers the existing file, as soon as it is typed and again on saving", async ({
  page,
  coordinator: _signedIn,
  makeUser,
}) => {
  // The existing file is in another team: found all the same (only its team is told, not who it is), and
  // opened through the purpose gate.
  const other = await makeUser("COORDINATOR");
  const existing = await makeMember(other, { firstName: "Marc" });
  const { name: teamName } = await getDb().team.findUniqueOrThrow({ where: { id: other.teamId! } });
  const openIt = `A file already exists in ${teamName}: open it`;
  await page.goto("/members/new");
  await page.getByLabel("National register number (INSZ)").fill(existing.insz);
  const early = page.getByRole("status").filter({ hasText: "This member may already have a file" });
  await expect(early.getByRole("link", { name: openIt })).toBeVisible();
  await expect(early).toContainText("another team: you will be asked why you open it");
  await expect(early).not.toContainText(existing.lastName);

  await page.getByLabel("First name").fill("Marc");
  await page.getByLabel("Last name").fill("Someone Else");
  await page.getByLabel("Postal code").fill("9000");
  await page.getByRole("button", { name: "Create member" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "This member may already have a file" });
  await expect(refusal).toContainText("same INSZ");
  await refusal.getByRole("link", { name: openIt }).click();
  await expect(page).toHaveURL(new RegExp(`/members/${existing.id}$`));
  await expect(page.getByRole("heading", { name: "This member is outside your caseload" })).toBeVisible();
  expect(await getDb().member.count({ where: { lastName: "Someone Else", insz: existing.insz } })).toBe(0);
});

test("field errors are translated and nothing typed is lost", async ({ page, signedInAs }) => {
  await signedInAs("COORDINATOR", { locale: "fr" });
  const { insz } = freshInsz();
  await page.goto("/members/new");
  const broken = `${insz.slice(0, 9)}${insz.slice(9) === "00" ? "01" : "00"}`;
  await page.getByLabel("Numéro de registre national (NISS)").fill(broken);
  await page.getByLabel("Prénom").fill("Amélie");
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Dubois");
  await page.getByLabel("Code postal").fill("4000");
  await expect(page.getByLabel("Région")).toHaveValue("WALLONIA");
  await page.getByRole("button", { name: "Créer le membre" }).click();
  await expect(
    page.getByText("Ce numéro de registre national n'est pas valide (chiffres de contrôle)."),
  ).toBeVisible();
  await expect(page.getByLabel("Prénom")).toHaveValue("Amélie");
  await expect(page.getByRole("textbox", { name: "Nom", exact: true })).toHaveValue("Dubois");
});

test("a new period within 14 days of a full return is proposed as a relapse and continues the old one", async ({
  page,
  coordinator,
}) => {
  const member = await makeMemberInIncapacity(coordinator, 200);
  const period = await getDb().incapacityPeriod.findUniqueOrThrow({ where: { id: member.periodId } });
  await endPeriod(
    {
      periodId: member.periodId,
      version: period.version,
      startDate: member.startDate,
      endDate: daysAgo(20),
      endReason: "FULL_RETURN",
    },
    coordinator.context,
  );
  await page.goto(`/members/${member.id}`);
  await page.getByRole("button", { name: "Register an incapacity period" }).click();
  await page.getByLabel("First day of incapacity").fill(daysAgo(10));
  await expect(page.getByText("Relapse: this continues the previous period")).toBeVisible();
  await expect(page.getByLabel("Continue the previous period")).toBeChecked();
  await page.getByRole("button", { name: "Register period" }).click();
  await expect(page.getByTestId("timeline")).toContainText(
    "Incapacity started again (relapse: continues the previous period)",
  );
  // The day count runs from the first start (V4): 200 days ago.
  await expect(page.getByTestId("member-badges")).toContainText("day 201");
});
