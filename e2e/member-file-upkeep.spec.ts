// The coordinator's upkeep of an existing file (a member in incapacity with an active trajectory, made with the
// application's own mutations): the questionnaire, contacts, referral answers, consents, the plan, tasks and
// the end of the incapacity — each change through its form, then visible in the file, its timeline and the
// database.
import { recordConsent } from "../lib/consents/mutations";
import { addDays, fromDbDate, type ISODate } from "../lib/dates";
import { formatFor } from "../lib/i18n/format";
import { getDb } from "../lib/db";
import { createReferral } from "../lib/referrals/mutations";
import { addPlanGoal } from "../lib/trajectories/mutations";

import { daysAgo, expect, makeMemberInActiveTrajectory, test, today } from "./support/coordinator";

/** A day as the English screen shows it ("3 November 2026"). */
const day = (iso: ISODate) => formatFor("en").date(iso);

test("the questionnaire is recorded as sent, then returned; the incapacity is ended with a reason", async ({
  page,
  coordinator,
}) => {
  const member = await makeMemberInActiveTrajectory(coordinator, 120);
  await page.goto(`/members/${member.id}`);
  const periods = page.getByRole("table", { name: `Incapacity periods of ${member.name}, newest first` });
  const timeline = page.getByTestId("timeline");
  await expect(periods).toContainText("not sent yet");

  // Sent ten days ago: due back fourteen days later.
  await page.getByLabel("Questionnaire sent on").fill(daysAgo(10));
  await page.getByRole("button", { name: "Record sent" }).click();
  await expect(periods).toContainText(`sent ${day(daysAgo(10))}, due back ${day(addDays(daysAgo(10), 14))}`);
  await expect(periods).toContainText("not returned yet");
  await expect(timeline).toContainText(`Questionnaire sent, due back ${day(addDays(daysAgo(10), 14))}`);

  await page.getByRole("button", { name: "Questionnaire returned or help" }).click();
  const returned = page.getByRole("dialog");
  await returned.getByLabel("Returned on").fill(daysAgo(3));
  await returned.getByRole("button", { name: "Save" }).click();
  await expect(returned).toBeHidden();
  await expect(periods).toContainText(`returned ${day(daysAgo(3))}`);
  await expect(periods).not.toContainText("not returned yet");
  await expect(timeline).toContainText("Questionnaire returned");
  const questionnaire = await getDb().questionnaire.findUniqueOrThrow({
    where: { periodId: member.periodId },
  });
  expect(fromDbDate(questionnaire.sentDate)).toBe(daysAgo(10));
  expect(fromDbDate(questionnaire.returnedDate)).toBe(daysAgo(3));

  // The member went back part-time yesterday: the period ends with that reason.
  await periods.getByRole("button", { name: "End period" }).click();
  const end = page.getByRole("dialog");
  await expect(end).toContainText(`End the incapacity that started on ${day(member.startDate)}`);
  await end.getByLabel("Last day of incapacity").fill(daysAgo(1));
  await end.getByLabel("End reason").selectOption("PART_TIME_CONTINUED");
  await end.getByRole("button", { name: "End period" }).click();
  await expect(end).toBeHidden();
  await expect(periods).toContainText(`${day(member.startDate)} – ${day(daysAgo(1))}`);
  await expect(periods).toContainText("Continued part-time");
  await expect(periods.getByRole("button", { name: "End period" })).toHaveCount(0);
  await expect(timeline).toContainText("Incapacity ended: Continued part-time");
  await expect(page.getByTestId("member-badges")).toContainText("Not in incapacity");
  const period = await getDb().incapacityPeriod.findUniqueOrThrow({ where: { id: member.periodId } });
  expect(fromDbDate(period.endDate)).toBe(daysAgo(1));
  expect(period.endReason).toBe("PART_TIME_CONTINUED");
});

test("a contact is logged, then edited by its author within 24 hours (no correction added)", async ({
  page,
  coordinator,
}) => {
  const member = await makeMemberInActiveTrajectory(coordinator, 120);
  await page.goto(`/members/${member.id}`);
  await page.getByRole("button", { name: "Log contact", exact: true }).click();
  const log = page.getByRole("dialog");
  await log.getByLabel("What happened").fill("Phoned the member: back pain is better, wants to talk hours.");
  await log.getByLabel("Channel").selectOption("PHONE");
  await log.getByRole("button", { name: "Save contact" }).click();
  await expect(log).toBeHidden();
  const contact = page.getByTestId("contact");
  await expect(contact).toHaveCount(1);
  await expect(contact).toContainText("Phone · Member");
  await expect(contact).toContainText("back pain is better");

  // Own contact, minutes old: "Edit" (not "Add correction") — a video call, in fact, with a next action.
  await contact.getByRole("button", { name: /^Edit the contact of / }).click();
  const edit = page.getByRole("dialog");
  await expect(edit).toContainText("Your own contacts can be changed for 24 hours after you logged them.");
  await edit
    .getByLabel("What happened")
    .fill("Video call with the member: back pain is better, wants 20 hours.");
  await edit.getByLabel("Channel").selectOption("VIDEO");
  await edit.getByLabel("Next action").fill("Ask the employer about 20 hours");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  await expect(contact).toHaveCount(1);
  await expect(contact).toContainText("Video call · Member");
  await expect(contact).toContainText("wants 20 hours");
  await expect(contact).toContainText("Next: Ask the employer about 20 hours");
  await expect(contact).not.toContainText("wants to talk hours");
  await expect(page.getByTestId("contact-correction")).toHaveCount(0);
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toContainText("Video call with Member");
  await expect(timeline).toContainText("Video call with the member: back pain is better, wants 20 hours.");
  await expect(timeline).not.toContainText("wants to talk hours");

  const rows = await getDb().contact.findMany({ where: { memberId: member.id } });
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    channel: "VIDEO",
    summary: "Video call with the member: back pain is better, wants 20 hours.",
    nextAction: "Ask the employer about 20 hours",
    correctsId: null,
    version: 2,
  });
});

test("a referral's answer is recorded and a consent is withdrawn", async ({ page, coordinator }) => {
  const member = await makeMemberInActiveTrajectory(coordinator, 120);
  const employer = `Bakkerij ${Date.now().toString(36)}`;
  await recordConsent(
    {
      trajectoryId: member.trajectoryId,
      party: "EMPLOYMENT_SERVICE",
      partyName: "VDAB",
      purposeCode: "OTHER",
      purpose: "Job coaching towards adapted work",
      givenDate: daysAgo(9),
    },
    coordinator.context,
  );
  const { id: employerConsentId } = await recordConsent(
    {
      trajectoryId: member.trajectoryId,
      party: "EMPLOYER",
      partyName: employer,
      purposeCode: "WORK_ADJUSTMENTS",
      purpose: "",
      givenDate: daysAgo(8),
    },
    coordinator.context,
  );
  const { id: referralId } = await createReferral(
    {
      trajectoryId: member.trajectoryId,
      target: "VDAB",
      organisation: "",
      sentDate: daysAgo(7),
      expectedResponseDate: "",
    },
    coordinator.context,
  );

  await page.goto(`/members/${member.id}`);
  const timeline = page.getByTestId("timeline");
  const referral = page.getByTestId("referral");
  await expect(referral).toContainText("Sent");
  await referral.getByRole("button", { name: "Record the answer to the referral to VDAB" }).click();
  const answer = page.getByRole("dialog");
  await expect(answer).toContainText("Answer to the referral to VDAB");
  await answer.getByLabel("Status").selectOption("ACCEPTED");
  await answer.getByLabel("Answered on").fill(daysAgo(2));
  await answer.getByLabel("Outcome").fill("Job coaching starts next Monday.");
  await answer.getByRole("button", { name: "Save" }).click();
  await expect(answer).toBeHidden();
  await expect(referral).toContainText("Accepted");
  await expect(referral).toContainText(`answered ${day(daysAgo(2))}`);
  await expect(referral).toContainText("Job coaching starts next Monday.");
  await expect(timeline).toContainText("Referral to VDAB: Accepted");
  const saved = await getDb().referral.findUniqueOrThrow({ where: { id: referralId } });
  expect(saved.status).toBe("ACCEPTED");
  expect(fromDbDate(saved.responseDate)).toBe(daysAgo(2));
  expect(saved.outcomeNote).toBe("Job coaching starts next Monday.");

  // The member no longer wants the employer contacted.
  const consents = page.getByRole("table", { name: "The member's consents per third party and purpose" });
  const employerRow = consents.getByRole("row").filter({ hasText: `Employer (${employer})` });
  await expect(employerRow).toContainText("Valid");
  await employerRow.getByRole("button", { name: `Withdraw the consent for Employer (${employer})` }).click();
  const withdraw = page.getByRole("dialog");
  await expect(withdraw.getByLabel("Withdrawn on")).toHaveValue(today);
  await withdraw.getByRole("button", { name: "Withdraw" }).click();
  await expect(withdraw).toBeHidden();
  await expect(employerRow).toContainText("Not valid");
  await expect(employerRow).toContainText(`withdrawn ${day(today)}`);
  await expect(employerRow.getByRole("button", { name: /^Withdraw/ })).toHaveCount(0);
  // The other consent is untouched.
  await expect(consents.getByRole("row").filter({ hasText: "Employment service (VDAB)" })).toContainText(
    "Valid",
  );
  await expect(timeline).toContainText(`Consent for Employer (${employer}) withdrawn`);
  const consent = await getDb().consent.findUniqueOrThrow({ where: { id: employerConsentId } });
  expect(fromDbDate(consent.withdrawnDate)).toBe(today);
});

test("a plan goal is marked achieved; a task is added, then done", async ({ page, coordinator }) => {
  const member = await makeMemberInActiveTrajectory(coordinator, 120);
  const goal = `Back to the shop 20 hours a week ${Date.now().toString(36)}`;
  const { id: goalId } = await addPlanGoal(
    { trajectoryId: member.trajectoryId, description: goal, targetDate: addDays(today, 30) },
    coordinator.context,
  );

  await page.goto(`/members/${member.id}`);
  const timeline = page.getByTestId("timeline");
  const plan = page.getByTestId("plan");
  await expect(plan).toContainText(`${goal} · target ${day(addDays(today, 30))}`);
  await plan.getByRole("button", { name: `Mark achieved: ${goal}` }).click();
  await expect(plan).toContainText(`achieved ${day(today)}`);
  await expect(plan.getByRole("button", { name: `Reopen: ${goal}` })).toBeVisible();
  await expect(timeline).toContainText(`Plan: goal achieved — ${goal}`);
  const achieved = await getDb().planGoal.findUniqueOrThrow({ where: { id: goalId } });
  expect(fromDbDate(achieved.achievedDate)).toBe(today);

  const title = `Call the occupational physician ${Date.now().toString(36)}`;
  const tasks = page.getByTestId("task");
  await expect(tasks).toHaveCount(0);
  await page.getByRole("button", { name: "Add a task" }).click();
  await page.getByRole("textbox", { name: "Task", exact: true }).fill(title);
  await page.getByLabel("Due on").fill(addDays(today, 3));
  await page.getByRole("button", { name: "Add task" }).click();
  await expect(tasks).toHaveCount(1);
  await expect(tasks).toContainText(`${title} · due ${day(addDays(today, 3))} · ${coordinator.name}`);
  const task = await getDb().task.findFirstOrThrow({ where: { memberId: member.id, title } });
  expect(task).toMatchObject({ assigneeId: coordinator.id, doneDate: null });

  await tasks.getByRole("button", { name: `Mark done: ${title}` }).click();
  await expect(tasks).toHaveCount(0);
  await expect(page.getByText("No open tasks.")).toBeVisible();
  await expect(timeline).toContainText(`Task done: ${title}`);
  const done = await getDb().task.findUniqueOrThrow({ where: { id: task.id } });
  expect(fromDbDate(done.doneDate)).toBe(today);
});
