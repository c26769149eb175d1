import { describe, expect, it } from "vitest";

import { decideActivity, endActivity, requestActivity, withdrawActivity } from "@/lib/activities/mutations";
import { ZRequestActivitySchema } from "@/lib/activities/schemas";
import { addDays, fromDbDate, todayInBrussels } from "@/lib/dates";
import { mapDatabaseError } from "@/lib/database/errors";
import { getDb } from "@/lib/db";
import { actorOf, makeCaseTeam, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

import { expectOneAuditRow, failureOf } from "../../tests/support/audit";

const today = todayInBrussels();
const ago = (days: number) => addDays(today, -days);

describe("authorised activity", () => {
  it("refuses hours at or above the reference hours, in zod and in PostgreSQL (V15)", async () => {
    const { coordinator, member } = await makeCaseTeam(100);
    const request = {
      memberId: member.id,
      trajectoryId: "",
      employerId: "",
      requestReceivedDate: ago(5),
      startDate: ago(1),
      natureOfWork: "x",
      requestedWeeklyHours: 30,
      referenceWeeklyHours: 38,
      employerCoSigned: true,
    };
    const parsed = ZRequestActivitySchema.safeParse({ ...request, requestedWeeklyHours: 38 });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["requestedWeeklyHours", "hoursBelowReference"],
    ]);
    const { result } = await expectOneAuditRow(async () =>
      requestActivity(request, await actorOf(coordinator)),
    );
    const error = await failureOf(() =>
      getDb().authorisedActivity.update({ where: { id: result.id }, data: { requestedWeeklyHours: 38 } }),
    );
    expect(mapDatabaseError(error)?.fieldErrors).toEqual({ requestedWeeklyHours: ["hoursBelowReference"] });
    const tooLong = await failureOf(() =>
      getDb().authorisedActivity.update({
        where: { id: result.id },
        data: { validUntil: new Date(`${addDays(ago(1), 800)}T00:00:00Z`) },
      }),
    );
    expect(mapDatabaseError(tooLong)?.fieldErrors).toEqual({ validUntil: ["validTwoYears"] });
  });

  it("lets the physician authorise fewer hours, keeps every decision, and ends the activity", async () => {
    const { coordinator, physician, member } = await makeCaseTeam(300);
    const c = await actorOf(coordinator);
    const p = await actorOf(physician);
    const activity = await requestActivity(
      {
        memberId: member.id,
        trajectoryId: "",
        employerId: "",
        requestReceivedDate: ago(60),
        startDate: ago(50),
        natureOfWork: "Warehouse, light tasks",
        requestedWeeklyHours: 24,
        referenceWeeklyHours: 38,
        employerCoSigned: true,
      },
      c,
    );
    await decideActivity(
      {
        activityId: activity.id,
        version: 1,
        kind: "AUTHORISED_FEWER_HOURS",
        decisionDate: ago(40),
        authorisedWeeklyHours: 19,
        conditions: "Mornings only",
        validUntil: addDays(ago(50), 700),
        nextReviewDate: addDays(ago(40), 180),
        refusalReason: "",
      },
      p,
    );
    await decideActivity(
      {
        activityId: activity.id,
        version: 2,
        kind: "REVIEWED",
        decisionDate: ago(5),
        conditions: "",
        validUntil: "",
        nextReviewDate: addDays(ago(5), 120),
        refusalReason: "",
      },
      p,
    );
    const row = await getDb().authorisedActivity.findUniqueOrThrow({
      where: { id: activity.id },
      include: { decisions: { orderBy: { decisionDate: "asc" } } },
    });
    expect(Number(row.authorisedWeeklyHours)).toBe(19);
    expect(row.conditions).toBe("Mornings only");
    expect(row.decisions.map((d) => d.kind)).toEqual(["AUTHORISED_FEWER_HOURS", "REVIEWED"]);
    // The first review cycle was met by the review decision; the next one is open.
    const reviews = await getDb().deadline.findMany({
      where: { memberId: member.id, rule: "ACTIVITY_REVIEW" },
      orderBy: { cycle: "asc" },
    });
    expect(reviews.map((r) => [r.cycle, fromDbDate(r.metDate)])).toEqual([
      [0, ago(5)],
      [1, null],
    ]);
    await endActivity({ activityId: activity.id, version: 3, endDate: ago(1), endReason: "FULL_RETURN" }, c);
    expect((await getDb().authorisedActivity.findUniqueOrThrow({ where: { id: activity.id } })).status).toBe(
      "ENDED",
    );
  });

  it("refuses a decision after the start for a self-employed member (V20)", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMemberInIncapacity(coordinator, 200, {
      statute: "SELF_EMPLOYED",
      workType: "",
      workRegime: "",
    });
    const activity = await requestActivity(
      {
        memberId: member.id,
        trajectoryId: "",
        employerId: "",
        requestReceivedDate: ago(30),
        startDate: ago(20),
        natureOfWork: "Own shop, afternoons",
        requestedWeeklyHours: 15,
        referenceWeeklyHours: 38,
        employerCoSigned: false,
      },
      await actorOf(coordinator),
    );
    const physician = await actorOf(await makeUser("ADVISING_PHYSICIAN"));
    const error = await failureOf(() =>
      decideActivity(
        {
          activityId: activity.id,
          version: 1,
          kind: "AUTHORISED",
          decisionDate: ago(10),
          authorisedWeeklyHours: 15,
          conditions: "",
          validUntil: addDays(ago(20), 365),
          nextReviewDate: addDays(ago(10), 90),
          refusalReason: "",
        },
        physician,
      ),
    );
    expect(error.fieldErrors).toEqual({ decisionDate: ["selfEmployedPriorDecision"] });
  });

  it("answers INVALID_TRANSITION to a second first decision and lets a pending request be withdrawn", async () => {
    const { coordinator, physician, member } = await makeCaseTeam(100);
    const c = await actorOf(coordinator);
    const activity = await requestActivity(
      {
        memberId: member.id,
        trajectoryId: "",
        employerId: "",
        requestReceivedDate: ago(10),
        startDate: ago(5),
        natureOfWork: "x",
        requestedWeeklyHours: 10,
        referenceWeeklyHours: 38,
        employerCoSigned: true,
      },
      c,
    );
    await decideActivity(
      {
        activityId: activity.id,
        version: 1,
        kind: "REFUSED",
        decisionDate: ago(2),
        conditions: "",
        validUntil: "",
        nextReviewDate: "",
        refusalReason: "Not compatible with treatment",
      },
      await actorOf(physician),
    );
    const again = await failureOf(async () =>
      decideActivity(
        {
          activityId: activity.id,
          version: 2,
          kind: "AUTHORISED",
          decisionDate: ago(1),
          authorisedWeeklyHours: 10,
          conditions: "",
          validUntil: addDays(today, 100),
          nextReviewDate: addDays(today, 30),
          refusalReason: "",
        },
        await actorOf(physician),
      ),
    );
    expect(again.code).toBe("INVALID_TRANSITION");
    const second = await requestActivity(
      {
        memberId: member.id,
        trajectoryId: "",
        employerId: "",
        requestReceivedDate: ago(1),
        startDate: addDays(today, 7),
        natureOfWork: "y",
        requestedWeeklyHours: 8,
        referenceWeeklyHours: 38,
        employerCoSigned: true,
      },
      c,
    );
    await withdrawActivity({ activityId: second.id, version: 1 }, c);
    expect((await getDb().authorisedActivity.findUniqueOrThrow({ where: { id: second.id } })).status).toBe(
      "WITHDRAWN",
    );
    expect(await getDb().deadline.count({ where: { subjectId: second.id } })).toBe(0);
  });
});
