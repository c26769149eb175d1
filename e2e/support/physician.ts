// Data for the physician journeys, made through the application's own mutations (as the coordinator or the
// physician would through their screens), so every row passes the same rules and leaves its audit trail.
import { type Browser, type Page } from "@playwright/test";

import { decideActivity, requestActivity } from "../../lib/activities/mutations";
import { addDays, todayInBrussels, type ISODate } from "../../lib/dates";
import { updatePeriodMedical } from "../../lib/incapacity/mutations";
import type { TCreateMember } from "../../lib/members/schemas";
import { actorOf, makeMemberInIncapacity } from "../../prisma/domain-factories";
import { makeTeam, makeUser, type TestUser } from "../../prisma/factories";
import { signInViaApi } from "../fixtures";

export const today = todayInBrussels();
export const ago = (days: number): ISODate => addDays(today, -days);

/** A coordinator's team (Flanders, like the physicians the fixtures make) and one member in incapacity. */
export async function makeCase(daysInIncapacity = 130, member: Partial<TCreateMember> = {}) {
  const team = await makeTeam();
  const coordinator = await makeUser("COORDINATOR", { teamId: team.id, locale: "en" });
  const made = await makeMemberInIncapacity(coordinator, daysInIncapacity, member);
  return { team, coordinator, member: made };
}

/** The coordinator files the member's request for authorised activity (the coordinator's form does this). */
export async function fileRequest(
  coordinator: TestUser,
  memberId: string,
  options: { startDaysAgo?: number; receivedDaysAgo?: number; hours?: number; nature?: string } = {},
): Promise<string> {
  const start = options.startDaysAgo ?? 3;
  const activity = await requestActivity(
    {
      memberId,
      trajectoryId: "",
      employerId: "",
      requestReceivedDate: ago(options.receivedDaysAgo ?? start + 2),
      startDate: ago(start),
      natureOfWork: options.nature ?? "Administrative work, three mornings a week",
      requestedWeeklyHours: options.hours ?? 19,
      referenceWeeklyHours: 38,
      employerCoSigned: true,
    },
    await actorOf(coordinator),
  );
  return activity.id;
}

/** A physician (with a second factor) authorises a request directly, with a chosen next review. */
export async function authoriseDirectly(
  physician: TestUser,
  activityId: string,
  options: { decisionDaysAgo: number; startDaysAgo: number; nextReviewDate: ISODate; hours?: number },
): Promise<void> {
  await decideActivity(
    {
      activityId,
      version: 1,
      kind: "AUTHORISED",
      decisionDate: ago(options.decisionDaysAgo),
      authorisedWeeklyHours: options.hours ?? 19,
      conditions: "Seated work only",
      validUntil: addDays(ago(options.startDaysAgo), 365),
      nextReviewDate: options.nextReviewDate,
      refusalReason: "",
    },
    await actorOf(physician),
  );
}

/** Medical data on the member's period, as the physician would record it in the medical section. */
export async function recordDiagnosis(
  physician: TestUser,
  periodId: string,
  certificateContent = "Lumbar disc herniation L4-L5.",
): Promise<void> {
  await updatePeriodMedical(
    { periodId, version: 1, diagnosisGroup: "MSK", certificateContent },
    await actorOf(physician),
  );
}

/** A second signed-in user, in a browser context of their own. */
export async function pageFor(browser: Browser, user: TestUser): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB", timezoneId: "Europe/Brussels" });
  const page = await context.newPage();
  await signInViaApi(page, user);
  return page;
}
