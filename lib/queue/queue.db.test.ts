// The physician's work queue against hand-built files: what each queue holds, the urgency order, counts,
// filters, keyset pages, and items leaving the queue when the physician does the work.
import { describe, expect, it } from "vitest";

import { decideActivity, requestActivity } from "@/lib/activities/mutations";
import { decisionDueDate } from "@/lib/activities/rules";
import { assessCapacity } from "@/lib/capacity/mutations";
import { addDays, todayInBrussels } from "@/lib/dates";
import { recordQuestionnaireSent, updateQuestionnaire } from "@/lib/incapacity/mutations";
import { markQuestionnaireRead } from "@/lib/medical/mutations";
import { countQueueItems, findQueueItems, type QueueItem } from "@/lib/queue/queries";
import { actorOf, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeTeam, makeUser } from "@/prisma/factories";

const today = todayInBrussels();
const ago = (days: number) => addDays(today, -days);

async function build() {
  const team = await makeTeam();
  const coordinator = await makeUser("COORDINATOR", { teamId: team.id });
  const physicianUser = await makeUser("ADVISING_PHYSICIAN");
  const c = await actorOf(coordinator);
  const p = await actorOf(physicianUser);
  const physician = { id: physicianUser.id, role: "ADVISING_PHYSICIAN", region: p.actor.region };
  const assess = (periodId: string, nextReviewDate = "") =>
    assessCapacity(
      {
        periodId,
        category: 3,
        assessedDate: ago(5),
        functionalLimitations: "None for now.",
        medicalNotes: "",
        nextReviewDate,
        referToCoordinator: false,
        goAheadDate: "",
        coordinatorId: "",
      },
      p,
    );
  const request = (memberId: string, startDaysAgo: number) =>
    requestActivity(
      {
        memberId,
        trajectoryId: "",
        employerId: "",
        requestReceivedDate: ago(startDaysAgo + 1),
        startDate: ago(startDaysAgo),
        natureOfWork: "Part-time office work",
        requestedWeeklyHours: 19,
        referenceWeeklyHours: 38,
        employerCoSigned: true,
      },
      c,
    );

  // Awaiting a first category: overdue (day 130) and upcoming (day 30).
  const overdueCategory = await makeMemberInIncapacity(coordinator, 130, { lastName: "Overdue" });
  const upcomingCategory = await makeMemberInIncapacity(coordinator, 30, { lastName: "Upcoming" });
  // A pending request for authorised activity.
  const pending = await makeMemberInIncapacity(coordinator, 200, { lastName: "Pending" });
  await assess(pending.periodId);
  const pendingActivity = await request(pending.id, 5);
  // An authorised activity: review in 10 days, authorisation ending in 50.
  const authorised = await makeMemberInIncapacity(coordinator, 300, { lastName: "Authorised" });
  await assess(authorised.periodId);
  const running = await request(authorised.id, 100);
  await decideActivity(
    {
      activityId: running.id,
      version: 1,
      kind: "AUTHORISED",
      decisionDate: ago(90),
      authorisedWeeklyHours: 19,
      conditions: "",
      validUntil: addDays(today, 50),
      nextReviewDate: addDays(today, 10),
      refusalReason: "",
    },
    p,
  );
  // Capacity re-assessments: one in 20 days (shown), one in 45 days (not yet).
  const reassess = await makeMemberInIncapacity(coordinator, 250, { lastName: "Reassess" });
  await assess(reassess.periodId, addDays(today, 20));
  const later = await makeMemberInIncapacity(coordinator, 250, { lastName: "Later" });
  await assess(later.periodId, addDays(today, 45));
  // A questionnaire back and unread (the member is categorised, so only the reading waits).
  const questionnaireMember = await makeMemberInIncapacity(coordinator, 100, { lastName: "Questionnaire" });
  await assess(questionnaireMember.periodId);
  const questionnaire = await recordQuestionnaireSent(
    { periodId: questionnaireMember.periodId, sentDate: ago(30) },
    c,
  );
  await updateQuestionnaire(
    { questionnaireId: questionnaire.id, version: 1, returnedDate: ago(12), helpOfferedDate: "" },
    c,
  );
  // Elsewhere: a member of a Walloon team with an overdue category is not this physician's.
  const walloon = await makeUser("COORDINATOR", { teamId: (await makeTeam({ region: "WALLONIA" })).id });
  await makeMemberInIncapacity(walloon, 150, {
    lastName: "Elsewhere",
    region: "WALLONIA",
    postalCode: "5000",
  });

  return {
    team,
    p,
    physician,
    c,
    pending,
    pendingActivity,
    overdueCategory,
    upcomingCategory,
    authorised,
    reassess,
    questionnaireId: questionnaire.id,
    questionnaireMember,
  };
}

const summary = (items: QueueItem[]) => items.map((item) => `${item.kind}:${item.lastName.split(" ")[0]}`);

describe("physician work queue", () => {
  it("lists each queue by urgency, counts it, filters and pages it, and empties as work is done", async () => {
    const world = await build();
    const filter = { teamId: world.team.id };
    const all = await findQueueItems(world.physician, filter, today);
    expect(all.nextCursor).toBeNull();
    expect(summary(all.items)).toEqual([
      "QUESTIONNAIRE:Questionnaire", // back 12 days ago, unread
      "FIRST_CATEGORY:Overdue", // due 10 days ago (day 120)
      "REVIEW:Authorised", // activity review in 10 days
      "REVIEW:Reassess", // capacity re-assessment in 20 days
      "ACTIVITY_DECISION:Pending", // start + 30 working days
      "AUTHORISATION_EXPIRY:Authorised", // valid until in 50 days
      "FIRST_CATEGORY:Upcoming", // due in 90 days
    ]);
    // The order is the urgency date, then the kind's rank.
    const dates = all.items.map((item) => item.sortDate);
    expect(dates).toEqual([...dates].sort());
    const byMember = Object.fromEntries(
      all.items.map((item) => [`${item.kind}:${item.lastName.split(" ")[0]}`, item]),
    );
    expect(byMember["FIRST_CATEGORY:Overdue"]!.dueDate).toBe(addDays(world.overdueCategory.startDate, 120));
    expect(byMember["ACTIVITY_DECISION:Pending"]).toMatchObject({
      dueDate: decisionDueDate(ago(5)),
      activityId: world.pendingActivity.id,
      requestedWeeklyHours: 19,
    });
    expect(byMember["REVIEW:Reassess"]).toMatchObject({
      isAssessmentReview: true,
      dueDate: addDays(today, 20),
    });
    expect(byMember["QUESTIONNAIRE:Questionnaire"]).toMatchObject({ dueDate: null, sortDate: ago(12) });
    expect(all.items.some((item) => item.lastName.startsWith("Later"))).toBe(false);
    expect(all.items.some((item) => item.lastName.startsWith("Elsewhere"))).toBe(false);

    const counts = await countQueueItems(world.physician, filter, today);
    expect(counts.total).toBe(7);
    expect(counts.byKind).toEqual({
      FIRST_CATEGORY: { count: 2, overdue: 1 },
      ACTIVITY_DECISION: { count: 1, overdue: 0 },
      REVIEW: { count: 2, overdue: 0 },
      AUTHORISATION_EXPIRY: { count: 1, overdue: 0 },
      QUESTIONNAIRE: { count: 1, overdue: 0 },
    });

    // Filters: one kind; overdue only; a name.
    expect(
      summary((await findQueueItems(world.physician, { ...filter, kind: "REVIEW" }, today)).items),
    ).toEqual(["REVIEW:Authorised", "REVIEW:Reassess"]);
    expect(
      summary((await findQueueItems(world.physician, { ...filter, due: "overdue" }, today)).items),
    ).toEqual(["FIRST_CATEGORY:Overdue"]);
    expect(
      summary((await findQueueItems(world.physician, { ...filter, q: "upcoming" }, today)).items),
    ).toEqual(["FIRST_CATEGORY:Upcoming"]);

    // Keyset pages of two give the same list, without gaps or repeats.
    const paged: QueueItem[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await findQueueItems(world.physician, { ...filter, cursor }, today, 2);
      paged.push(...result.items);
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(paged.map((item) => item.itemId)).toEqual(all.items.map((item) => item.itemId));

    // Doing the work takes items off the queue.
    await decideActivity(
      {
        activityId: world.pendingActivity.id,
        version: 1,
        kind: "REFUSED",
        decisionDate: today,
        conditions: "",
        validUntil: "",
        nextReviewDate: "",
        refusalReason: "Not compatible with the current treatment schedule.",
      },
      world.p,
    );
    await markQuestionnaireRead({ questionnaireId: world.questionnaireId }, world.p);
    await assessCapacity(
      {
        periodId: world.overdueCategory.periodId,
        category: 1,
        assessedDate: today,
        functionalLimitations: "Expected back by month 6.",
        medicalNotes: "",
        nextReviewDate: "",
        referToCoordinator: false,
        goAheadDate: "",
        coordinatorId: "",
      },
      world.p,
    );
    expect(summary((await findQueueItems(world.physician, filter, today)).items)).toEqual([
      "REVIEW:Authorised",
      "REVIEW:Reassess",
      "AUTHORISATION_EXPIRY:Authorised",
      "FIRST_CATEGORY:Upcoming",
    ]);
  });

  it("shows nothing to anyone but an advising physician", async () => {
    const world = await build();
    const filter = { teamId: world.team.id };
    for (const role of ["COORDINATOR", "MANAGER", "ADMIN"]) {
      const other = { id: world.physician.id, role, region: world.physician.region };
      expect((await findQueueItems(other, filter, today)).items).toEqual([]);
      expect((await countQueueItems(other, filter, today)).total).toBe(0);
    }
  });
});
