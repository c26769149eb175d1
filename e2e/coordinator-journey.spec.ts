// The coordinator's journey from intake to outcome, in the browser: every step through the forms, each one
// visible in the member's timeline. And the quick-log, keyboard only, from the caseload.
import { logContact } from "../lib/contacts/mutations";
import { addDays } from "../lib/dates";
import { makeMemberInIncapacity } from "../prisma/domain-factories";

import { daysAgo, expect, freshInsz, freshKbo, test, today } from "./support/coordinator";

test("intake → first contact → plan → consent → referral → refused adjustment → authorised activity → outcome", async ({
  page,
  coordinator: _signedIn,
}) => {
  test.setTimeout(180_000);
  const { insz, birthDate } = freshInsz();
  const lastName = `Janssens ${Date.now().toString(36)}`;
  const employerName = `Bakkerij ${Date.now().toString(36)}`;

  // Intake: the member, with the birth date read from the INSZ and a new employer (KBO checked).
  await page.goto("/caseload");
  await page.getByRole("link", { name: "New member" }).click();
  await page.getByLabel("National register number (INSZ)").fill(insz);
  await expect(page.getByLabel("Birth date")).toHaveValue(birthDate);
  await page.getByLabel("First name").fill("Els");
  await page.getByLabel("Last name").fill(lastName);
  await page.getByLabel("Postal code").fill("2000");
  await expect(page.getByLabel("Region")).toHaveValue("FLANDERS");
  await page.getByLabel("Full-time hours a week").fill("38");
  await page.getByRole("button", { name: "New employer" }).click();
  const employerDialog = page.getByRole("dialog");
  await employerDialog.getByLabel("Name").fill(employerName);
  await employerDialog.getByLabel("Enterprise number (KBO/BCE)").fill("0123.456.700");
  await employerDialog.getByRole("button", { name: "Create employer" }).click();
  await expect(employerDialog.getByText("This enterprise number is not valid (check digits).")).toBeVisible();
  await employerDialog.getByLabel("Enterprise number (KBO/BCE)").fill(freshKbo());
  await employerDialog.getByRole("button", { name: "Create employer" }).click();
  await expect(page.getByTestId("member-employer-selected")).toContainText(employerName);
  await page.getByRole("button", { name: "Create member" }).click();

  // The first incapacity period, then the file.
  await expect(page.getByRole("heading", { name: "Step 2 of 2: the incapacity" })).toBeVisible();
  await page.getByLabel("First day of incapacity").fill(daysAgo(100));
  await page.getByRole("button", { name: "Register period" }).click();
  await expect(page.getByRole("heading", { name: `Els ${lastName}` })).toBeVisible();
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toContainText("Incapacity started");
  // Deadlines with their reasons: day 100, the week-10 questionnaire is overdue.
  await expect(page.getByTestId("deadlines")).toContainText(
    "Questionnaire to be sent in week 10: 63 days after the incapacity started on",
  );

  // The trajectory on the member's own initiative, the invitation, then the first contact.
  await page.getByRole("button", { name: "Start a trajectory" }).click();
  await page.getByRole("button", { name: "Start the trajectory" }).click();
  await expect(page.getByTestId("trajectory-current")).toContainText("Referred");
  await expect(timeline).toContainText("Trajectory started (initiative: The member)");
  await page.getByRole("button", { name: "Record the next step" }).click();
  await expect(page.getByLabel("Invite the member")).toBeChecked();
  await page.getByRole("button", { name: "Record step" }).click();
  await expect(timeline).toContainText("Trajectory: Referred → Invited");

  await page.getByRole("button", { name: "Log contact", exact: true }).click();
  await page
    .getByLabel("What happened")
    .fill("First meeting at the office: the member wants to try part-time.");
  await page.getByRole("dialog").getByLabel("Channel").selectOption("IN_PERSON");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(timeline).toContainText("In person with Member");
  await expect(timeline).toContainText("First meeting at the office");
  await page.getByRole("button", { name: "Record the next step" }).click();
  await page.getByLabel("First contact: start").check();
  await page.getByLabel("First contact on").fill(today);
  await page.getByRole("button", { name: "Record step" }).click();
  await expect(timeline).toContainText("Trajectory: Invited → Active");

  // The plan: a goal and an action with a due date.
  await page.getByRole("button", { name: "Add a goal" }).click();
  await page.getByLabel("Goal").fill("Back to the bakery part-time");
  await page.getByRole("button", { name: "Save goal" }).click();
  await expect(page.getByTestId("plan")).toContainText("Back to the bakery part-time");
  await page.getByRole("button", { name: "Add an action" }).click();
  await page
    .getByRole("textbox", { name: "Action", exact: true })
    .fill("Discuss adapted hours with the employer");
  await page.getByLabel("Due on").fill(addDays(today, 14));
  await page.getByRole("button", { name: "Save action" }).click();
  await expect(page.getByTestId("plan-action")).toContainText("Discuss adapted hours with the employer");
  await expect(timeline).toContainText("Plan: goal added — Back to the bakery part-time");
  await expect(timeline).toContainText("Plan: action added — Discuss adapted hours with the employer");

  // Consent for the employment service, then the referral to VDAB.
  await page.getByRole("button", { name: "Record a consent" }).click();
  await page.getByLabel("Third party").selectOption("EMPLOYMENT_SERVICE");
  await page.getByLabel("Name", { exact: true }).fill("VDAB");
  await page.getByRole("combobox", { name: /^Purpose/ }).selectOption("OTHER");
  await page.getByLabel("The purpose in your words").fill("Job coaching towards adapted work");
  await page.getByRole("button", { name: "Record consent", exact: true }).click();
  await expect(page.getByTestId("consent")).toContainText("Valid");
  await expect(timeline).toContainText("Consent given for Employment service (VDAB)");
  await page.getByRole("button", { name: "New referral" }).click();
  await page.getByLabel("Referred to").selectOption("VDAB");
  await page.getByRole("button", { name: "Save referral" }).click();
  await expect(page.getByTestId("referral")).toContainText("VDAB");
  await expect(timeline).toContainText("Referred to VDAB");

  // An adjustment asked of the employer (consent recorded on the spot), refused with a reason.
  await page.getByRole("button", { name: "Ask an adjustment" }).click();
  await page.getByRole("combobox", { name: "Adjustment", exact: true }).selectOption("HOURS");
  await page.getByLabel("What is asked").fill("Start at 24 hours a week, mornings only");
  await page.getByRole("button", { name: "Record consent for Employer" }).click();
  const consentDialog = page.getByRole("dialog");
  await expect(consentDialog.getByRole("combobox", { name: /^Purpose/ })).toHaveValue("WORK_ADJUSTMENTS");
  await consentDialog.getByRole("button", { name: "Record consent", exact: true }).click();
  await expect(consentDialog).toBeHidden();
  await expect(page.getByLabel("What is asked")).toHaveValue("Start at 24 hours a week, mornings only");
  await page.getByRole("button", { name: "Save request" }).click();
  await expect(page.getByTestId("adjustment")).toContainText("Requested");
  await page.getByRole("button", { name: "Record the employer's answer on Working hours" }).click();
  const answer = page.getByRole("dialog");
  await answer.getByLabel("Employer's answer").selectOption("REFUSED");
  await answer.getByLabel("Refusal reason").selectOption("TOO_EXPENSIVE");
  await answer.getByLabel("Explanation given").selectOption("yes");
  await answer.getByRole("button", { name: "Save" }).click();
  await expect(answer).toBeHidden();
  await expect(page.getByTestId("adjustment")).toContainText("Too expensive");
  await expect(timeline).toContainText("Employer's answer on Working hours: Refused");
  await expect(timeline).toContainText("reason: Too expensive; explanation given: Yes");

  // The authorised-activity request, with its fraction, benefit effect and lateness computed while typing.
  await page.getByRole("button", { name: "File a request" }).click();
  await page.getByLabel("Planned start").fill(addDays(today, 21));
  await page.getByRole("spinbutton", { name: "Hours a week", exact: true }).fill("19");
  await page.getByLabel("Nature of the work").fill("Bakery shop, mornings");
  await page.getByLabel("The employer co-signed the request").check();
  const preview = page.getByTestId("activity-preview");
  await expect(preview).toContainText("50 %");
  await expect(preview).toContainText("The member keeps 70 % of the daily benefit (reduction of 30 %).");
  await expect(preview).toContainText("On time if received by");
  await page.getByRole("button", { name: "File request for the physician" }).click();
  await expect(page.getByTestId("activity")).toContainText("Awaiting decision");
  await expect(timeline).toContainText("Authorised activity requested: 19 of 38 hours a week (50 %)");

  // Closed with stop reason and outcome.
  await page.getByRole("button", { name: "Record the next step" }).click();
  await page.getByLabel("Close with outcome").check();
  await page.getByLabel("Ended on").fill(today);
  await page.getByLabel("Stop reason").selectOption("RESUMED_PARTIALLY");
  await page.getByRole("combobox", { name: "Outcome" }).selectOption("BACK_AT_WORK");
  await page.getByRole("button", { name: "Record step" }).click();
  await expect(timeline).toContainText("Trajectory: Active → Closed");
  await expect(timeline).toContainText(
    "stop reason: Resumed partially or progressively; outcome: Back at work",
  );
  await expect(page.getByTestId("trajectory-earlier")).toContainText("Closed");

  // The member is in the coordinator's caseload with the trajectory's status.
  await page.goto(`/caseload?q=${encodeURIComponent(lastName)}`);
  await expect(page.getByTestId("caseload-row")).toHaveCount(1);
  await expect(page.getByTestId("caseload-row")).toContainText("Closed");
});

test("the quick-log from the caseload, keyboard only: focus in the summary, Enter saves", async ({
  page,
  coordinator,
}) => {
  const member = await makeMemberInIncapacity(coordinator, 40);
  const name = `${member.firstName} ${member.lastName}`;
  await page.goto(`/caseload?q=${encodeURIComponent(member.lastName)}`);
  await page.getByRole("button", { name: `Log contact with ${name}` }).focus();
  await page.keyboard.press("Enter");
  const summary = page.getByLabel("What happened");
  await expect(summary).toBeFocused();
  await page.keyboard.type("Called: the member feels better, call back next week.");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: `Contact with ${name} saved.` })).toBeVisible();
  // Focus is back on the button that opened it, ready for the next member.
  await expect(page.getByRole("button", { name: `Log contact with ${name}` })).toBeFocused();

  await page.getByRole("link", { name }).click();
  await expect(page.getByTestId("contact")).toContainText("Phone · Member");
  await expect(page.getByTestId("timeline")).toContainText("Called: the member feels better");
});

test("the caseload shows each deadline's reason, and the today panel follow-ups leading to the file", async ({
  page,
  coordinator,
}) => {
  const member = await makeMemberInIncapacity(coordinator, 80);
  const name = `${member.firstName} ${member.lastName}`;
  await logContact(
    {
      memberId: member.id,
      occurredAt: `${daysAgo(1)}T10:00`,
      channel: "PHONE",
      party: "MEMBER",
      summary: "Short call",
      nextAction: `Send the questionnaire to ${member.lastName}`,
      followUpDate: addDays(today, 2),
    },
    coordinator.context,
  );
  await page.goto("/caseload?overdue=1");
  const row = page.getByTestId("caseload-row").filter({ hasText: name });
  await expect(row).toContainText("Questionnaire sent");
  await expect(row).toContainText("Overdue");
  await expect(row).toContainText(
    "Questionnaire to be sent in week 10: 63 days after the incapacity started on",
  );
  await expect(row).toContainText("day 81");

  const week = page.getByTestId("today-week");
  await expect(week).toContainText(`Follow-up: Send the questionnaire to ${member.lastName}`);
  await week.getByRole("button", { name: `Mark done: Send the questionnaire to ${member.lastName}` }).click();
  await expect(
    page.getByTestId("today-week").getByText(`Send the questionnaire to ${member.lastName}`),
  ).toHaveCount(0);
  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
});
