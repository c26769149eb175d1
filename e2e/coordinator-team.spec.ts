// Reassignment: a manager hands a member to another coordinator from the team page (without access to the
// file), a coordinator does it from the file; both are audited and show in the member's timeline.
import { makeMember } from "../prisma/domain-factories";

import { signInViaApi } from "./fixtures";
import { expect, test } from "./support/coordinator";

test("a manager reassigns a member on the team page; the new coordinator finds it in their caseload", async ({
  page,
  makeUser,
  makeTeam,
  signedInAs,
  browser,
}) => {
  const team = await makeTeam();
  const anna = await makeUser("COORDINATOR", { teamId: team.id, name: `Anna ${Date.now()}` });
  const bert = await makeUser("COORDINATOR", { teamId: team.id, name: `Bert ${Date.now()}`, locale: "en" });
  const member = await makeMember(anna);
  const name = `${member.firstName} ${member.lastName}`;
  const manager = await signedInAs("MANAGER", { teamId: team.id, locale: "en" });

  await page.goto("/team");
  await expect(page.getByTestId("team-caseload").filter({ hasText: anna.name })).toContainText("1");
  const row = page.getByTestId("team-member").filter({ hasText: name });
  // The manager sees who it is and who coordinates, but cannot open the file.
  await expect(row.getByRole("link")).toHaveCount(0);
  await row.getByLabel(`New coordinator for ${name}`).selectOption({ label: bert.name });
  await row.getByRole("button", { name: "Reassign" }).click();
  await expect(row.getByRole("status")).toHaveText(`${name} reassigned.`);
  await expect(row).toContainText(bert.name);
  await expect(page.getByTestId("team-caseload").filter({ hasText: bert.name })).toContainText("1");
  expect((await page.goto(`/members/${member.id}`))?.status()).toBe(404);

  const context = await browser.newContext();
  const bertPage = await context.newPage();
  await signInViaApi(bertPage, bert);
  await bertPage.goto("/caseload?state=all");
  await bertPage.getByRole("link", { name }).click();
  await expect(bertPage.getByTestId("timeline")).toContainText(
    `File handed to ${bert.name} by ${manager.email}`,
  );
  await context.close();
});

test("a coordinator hands a member to a colleague from the file", async ({ page, coordinator, makeUser }) => {
  const colleague = await makeUser("COORDINATOR", {
    teamId: coordinator.teamId!,
    name: `Chris ${Date.now()}`,
  });
  const member = await makeMember(coordinator);
  await page.goto(`/members/${member.id}`);
  await page.getByRole("button", { name: "Reassign" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("New coordinator").selectOption({ label: colleague.name });
  await dialog.getByRole("button", { name: "Reassign" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("timeline")).toContainText(
    `File handed to ${colleague.name} by ${coordinator.email}`,
  );
  // Still in the team: the file stays open to the coordinator, now in the team view rather than "my members".
  await page.goto(`/caseload?state=all&q=${encodeURIComponent(member.lastName)}`);
  await expect(page.getByTestId("caseload-empty")).toBeVisible();
  await page.goto(`/caseload?scope=team&state=all&q=${encodeURIComponent(member.lastName)}`);
  await expect(page.getByTestId("caseload-row")).toContainText(colleague.name);
});
