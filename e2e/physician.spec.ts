// The advising physician's journeys: the work queue, the capacity assessment (and what the coordinator then
// sees), authorised-activity decisions with their letters, review reminders, and break-glass access.
import { getDb } from "../lib/db";
import { addDays, addMonths, addYears } from "../lib/dates";
import { makeMemberInIncapacity } from "../prisma/domain-factories";

import { expect, test } from "./fixtures";
import {
  ago,
  authoriseDirectly,
  fileRequest,
  makeCase,
  pageFor,
  recordDiagnosis,
  today,
} from "./support/physician";

test("the physician categorises a member; the coordinator sees category and limitations, not the notes", async ({
  page,
  signedInAs,
  browser,
}) => {
  const { coordinator, member } = await makeCase(130, { lastName: `Categorise ${Date.now()}` });
  const physician = await signedInAs("ADVISING_PHYSICIAN", { locale: "en" });
  await recordDiagnosis(physician, member.periodId);

  await page.goto("/queue");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Work queue");
  const row = page.getByTestId("queue-row").filter({ hasText: member.lastName });
  await expect(row).toContainText("First category");
  await expect(row).toContainText("Overdue");
  await row.getByRole("link", { name: /Categorise/ }).click();

  await expect(page).toHaveURL(new RegExp(`/members/${member.id}/assess$`));
  await page.getByRole("radio", { name: /^4 – return possible/ }).check();
  // Category 4 proposes the hand-over to a coordinator, with the go-ahead date.
  await expect(
    page.getByRole("checkbox", { name: /Hand the member to a return-to-work coordinator/ }),
  ).toBeChecked();
  await expect(page.getByLabel("Go-ahead date")).toHaveValue(today);
  await page.getByLabel("Functional limitations").fill("Four hours a day, seated, no lifting above 5 kg.");
  await page.getByLabel("Medical notes").fill("MRI shows L4-L5 herniation; physiotherapy twice a week.");
  await page.getByRole("button", { name: "Record the assessment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "handed to the coordinator" })).toBeVisible();
  await expect(page.getByTestId("member-badges")).toContainText("Category: 4");
  await expect(page.getByTestId("assessment-row").first()).toContainText("physiotherapy twice a week");

  // The coordinator: category, limitations and the referral — no medical notes, no medical section.
  const other = await pageFor(browser, coordinator);
  await other.goto(`/members/${member.id}/assess`);
  await expect(other.getByTestId("current-category")).toHaveText(
    "4 – return possible with adapted or other work",
  );
  await expect(other.getByTestId("current-limitations")).toHaveText(
    "Four hours a day, seated, no lifting above 5 kg.",
  );
  await expect(other.getByTestId("member-badges")).toContainText("Referred");
  await expect(other.getByRole("main")).not.toContainText("physiotherapy");
  await expect(other.getByRole("main")).not.toContainText("MRI");
  await expect(other.getByRole("main")).not.toContainText("herniation");
  await expect(other.getByRole("link", { name: "Medical" })).toHaveCount(0);
  // Nor does the coordinator's own view of the file (overview and timeline) carry them.
  await other.goto(`/members/${member.id}`);
  await expect(other.getByTestId("member-badges")).toContainText("Category: 4");
  await expect(other.locator("body")).not.toContainText("physiotherapy");
  await expect(other.locator("body")).not.toContainText("herniation");
  const medical = await other.goto(`/members/${member.id}/medical`);
  expect(medical?.status()).toBe(404);
  await expect(other.locator("body")).not.toContainText("herniation");
  await other.context().close();

  // Every opening of the medical section is audited.
  await page.goto(`/members/${member.id}/medical`);
  await expect(page.getByLabel("Medical content of the certificates")).toHaveValue(
    "Lumbar disc herniation L4-L5.",
  );
  const views = await getDb().auditEvent.count({
    where: { action: "VIEW", entity: "MedicalFile", memberId: member.id, actorId: physician.id },
  });
  expect(views).toBe(1);
});

test("the coordinator files a request, the physician authorises it with conditions, the coordinator sees it", async ({
  page,
  signedInAs,
  browser,
}) => {
  const { coordinator, member } = await makeCase(200, { lastName: `Authorise ${Date.now()}` });
  const activityId = await fileRequest(coordinator, member.id, { startDaysAgo: 3, receivedDaysAgo: 8 });
  const physician = await signedInAs("ADVISING_PHYSICIAN", { locale: "en" });

  await page.goto("/queue?kind=ACTIVITY_DECISION");
  const row = page.getByTestId("queue-row").filter({ hasText: member.lastName });
  await expect(row).toContainText("Authorised-activity requests");
  await row.getByRole("link", { name: /Decide/ }).click();
  await expect(page).toHaveURL(new RegExp(`/activities/${activityId}$`));
  await expect(page.getByTestId("lateness")).toContainText("On time");
  await expect(page.getByTestId("work-fraction")).toContainText("50 %");
  await expect(page.getByTestId("work-fraction")).toContainText("benefit reduced by 30 %");

  await page.getByLabel("Conditions").fill("No lifting above 10 kg; a break every two hours.");
  // The longest validity the rules allow is proposed: two years from the start (V18).
  await expect(page.getByLabel("Valid until")).toHaveValue(addYears(ago(3), 2));
  await page.getByRole("button", { name: "Authorise", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Decision recorded." })).toBeVisible();
  await expect(page.getByTestId("activity-status")).toHaveText("Authorised");
  // Exactly one decision row, and it is the physician's.
  const audits = await getDb().auditEvent.findMany({
    where: {
      entity: "AuthorisedActivity",
      entityId: activityId,
      action: "TRANSITION",
      purpose: "AUTHORISED",
    },
  });
  expect(audits).toHaveLength(1);
  expect(audits[0]!.actorId).toBe(physician.id);

  const other = await pageFor(browser, coordinator);
  await other.goto(`/members/${member.id}/activities`);
  await other.getByTestId("activity-row").getByRole("link").click();
  await expect(other.getByTestId("activity-status")).toHaveText("Authorised");
  await expect(other.getByTestId("decision-conditions")).toHaveText(
    "No lifting above 10 kg; a break every two hours.",
  );
  await expect(other.getByTestId("decision-row")).toContainText("Authorised");
  // The decision is the physician's: the coordinator has no form for it.
  await expect(other.getByRole("button", { name: "Authorise", exact: true })).toHaveCount(0);
  await other.context().close();
});

test("the physician refuses with a reason for the member; the letter says so in French", async ({
  page,
  signedInAs,
  browser,
}) => {
  const { coordinator, member } = await makeCase(200, { lastName: `Refuse ${Date.now()}`, language: "fr" });
  const activityId = await fileRequest(coordinator, member.id, { startDaysAgo: 2, receivedDaysAgo: 4 });
  await signedInAs("ADVISING_PHYSICIAN", { locale: "en" });
  await page.goto(`/members/${member.id}/activities/${activityId}`);
  await page.getByRole("radio", { name: "Refuse" }).check();
  await page.getByRole("button", { name: "Refuse", exact: true }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();
  await page
    .getByLabel("Reason for the refusal")
    .fill("Le travail proposé ne laisse pas assez de temps pour votre rééducation.");
  await page.getByRole("button", { name: "Refuse", exact: true }).click();
  await expect(page.getByTestId("activity-status")).toHaveText("Refused");

  const other = await pageFor(browser, coordinator);
  await other.goto(`/members/${member.id}/activities/${activityId}`);
  await expect(other.getByTestId("activity-status")).toHaveText("Refused");
  await expect(other.getByTestId("refusal-reason")).toContainText("pas assez de temps");
  await other.getByRole("link", { name: "Decision letter" }).click();
  const letter = other.getByTestId("decision-letter");
  await expect(letter).toHaveAttribute("lang", "fr-BE");
  await expect(letter).toContainText("Décision sur votre demande d'activité autorisée");
  await expect(letter).toContainText("a décidé de ne pas autoriser l'activité");
  await expect(letter).toContainText("Motif : Le travail proposé ne laisse pas assez de temps");
  await other.context().close();
});

test("the letter renders in Dutch and French, and the PDF download is audited", async ({
  page,
  signedInAs,
}) => {
  const physician = await signedInAs("ADVISING_PHYSICIAN", { locale: "en" });
  const { coordinator, member } = await makeCase(200, { lastName: `Letter ${Date.now()}`, language: "nl" });
  const activityId = await fileRequest(coordinator, member.id, { startDaysAgo: 20, receivedDaysAgo: 25 });
  await authoriseDirectly(physician, activityId, {
    decisionDaysAgo: 10,
    startDaysAgo: 20,
    nextReviewDate: addMonths(ago(10), 6),
  });

  await page.goto(`/members/${member.id}/activities/${activityId}/letter`);
  const letter = page.getByTestId("decision-letter");
  await expect(letter).toHaveAttribute("lang", "nl-BE");
  await expect(letter).toContainText("Beslissing over uw aanvraag voor een toegelaten activiteit");
  await expect(letter).toContainText("heeft de adviserend arts de activiteit toegelaten");
  await expect(letter).toContainText(
    "hoogstens 19 uur per week (referentie 38 uur: tewerkstellingsbreuk 50 %)",
  );
  await expect(letter).toContainText("Seated work only");
  await expect(letter).not.toContainText("MSK");

  await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("fr");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(letter).toHaveAttribute("lang", "fr-BE");
  await expect(letter).toContainText("le médecin-conseil a autorisé l'activité");
  await expect(letter).toContainText("au maximum 19 heures par semaine");

  const download = await page.request.get(
    `/members/${member.id}/activities/${activityId}/letter/pdf?lang=fr`,
  );
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const exported = await getDb().auditEvent.findFirst({
    where: { action: "EXPORT", entity: "AuthorisedActivity", entityId: activityId, actorId: physician.id },
  });
  expect(exported?.changes).toMatchObject({ language: "fr", format: "pdf" });
});

test("a review reminder appears in the queue when the review is due, and leaves once reviewed", async ({
  page,
  signedInAs,
}) => {
  const physician = await signedInAs("ADVISING_PHYSICIAN", { locale: "en" });
  const { coordinator, member, team } = await makeCase(300, { lastName: `Review ${Date.now()}` });
  const due = await fileRequest(coordinator, member.id, { startDaysAgo: 170, receivedDaysAgo: 172 });
  await authoriseDirectly(physician, due, {
    decisionDaysAgo: 165,
    startDaysAgo: 170,
    nextReviewDate: addDays(today, 5),
  });
  // Another member of the team, whose review is months away: no reminder yet.
  const notYet = await makeMemberInIncapacity(coordinator, 300, { lastName: `Later ${Date.now()}` });
  const later = await fileRequest(coordinator, notYet.id, { startDaysAgo: 20, receivedDaysAgo: 22 });
  await authoriseDirectly(physician, later, {
    decisionDaysAgo: 10,
    startDaysAgo: 20,
    nextReviewDate: addDays(today, 120),
  });

  await page.goto(`/queue?teamId=${team.id}`);
  await expect(page.getByTestId("queue-tab-REVIEW").getByTestId("queue-count")).toHaveText("1");
  const row = page
    .locator('[data-testid="queue-row"][data-kind="REVIEW"]')
    .filter({ hasText: member.lastName });
  await expect(row).toContainText("Reviews due");
  await expect(row).toContainText("Due this week");
  await expect(
    page.locator('[data-testid="queue-row"][data-kind="REVIEW"]').filter({ hasText: notYet.lastName }),
  ).toHaveCount(0);

  await row.getByRole("link", { name: /Review/ }).click();
  await page.getByRole("radio", { name: "Review (no change)" }).check();
  await page.getByRole("button", { name: "Record the review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The review is recorded." })).toBeVisible();
  await page.goto(`/queue?teamId=${team.id}`);
  await expect(page.getByTestId("queue-tab-REVIEW").getByTestId("queue-count")).toHaveText("0");
  await expect(
    page.locator('[data-testid="queue-row"][data-kind="REVIEW"]').filter({ hasText: member.lastName }),
  ).toHaveCount(0);
});

test("opening a file outside one's team needs a purpose, is audited and shows in the access report", async ({
  page,
  signedInAs,
  makeUser,
  browser,
}) => {
  const { team, member } = await makeCase(60, { lastName: `Outside ${Date.now()}` });
  const outsider = await signedInAs("COORDINATOR", { locale: "en" });
  await page.goto(`/members/${member.id}/assess`);
  await expect(page.getByRole("heading", { name: "This member is outside your caseload" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(member.lastName);
  await page.getByRole("button", { name: "Open the file" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  expect(await getDb().breakGlassAccess.count({ where: { memberId: member.id } })).toBe(0);
  await page.getByLabel("Why do you need this file?").fill("short");
  await page.getByRole("button", { name: "Open the file" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  const purpose = "The member called our office about her hours";
  await page.getByLabel("Why do you need this file?").fill(purpose);
  await page.getByRole("button", { name: "Open the file" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(member.lastName);
  const audit = await getDb().auditEvent.findFirst({
    where: { action: "BREAK_GLASS", memberId: member.id, actorId: outsider.id },
  });
  expect(audit?.purpose).toBe(purpose);

  // The manager of the member's team sees it in the access report; a coordinator has no such report.
  const manager = await makeUser("MANAGER", { teamId: team.id, locale: "en" });
  const managerPage = await pageFor(browser, manager);
  await managerPage.goto(`/access-report?user=${encodeURIComponent(outsider.email)}`);
  const row = managerPage.getByTestId("access-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(outsider.name);
  await expect(row).toContainText(member.lastName);
  await expect(row).toContainText(purpose);
  await managerPage.context().close();
  expect((await page.goto("/access-report"))?.status()).toBe(404);
  expect((await page.goto("/queue"))?.status()).toBe(404);
});
