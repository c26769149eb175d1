import { describe, expect, it } from "vitest";

import { decideActivity, endActivity, requestActivity, withdrawActivity } from "@/lib/activities/mutations";
import { ZRequestActivitySchema } from "@/lib/activities/schemas";
import { addDays, fromDbDate, todayInBrussels } from "@/lib/dates";
import { mapDatabaseError } from "@/lib/database/errors";
import { getDb } from "@/lib/db";
import { actorOf, makeCaseTeam, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeTeam, makeUser } from "@/prisma/factories";

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

describe("authorised-activity decisions on the server", () => {
  /** A pending request of 19 of 38 hours that started 50 days ago, filed by the member's coordinator. */
  async function pendingRequest() {
    const team = await makeCaseTeam(300);
    const coordinator = await actorOf(team.coordinator);
    const physician = await actorOf(team.physician);
    const activity = await requestActivity(
      {
        memberId: team.member.id,
        trajectoryId: "",
        employerId: "",
        requestReceivedDate: ago(60),
        startDate: ago(50),
        natureOfWork: "Reception desk, mornings",
        requestedWeeklyHours: 19,
        referenceWeeklyHours: 38,
        employerCoSigned: true,
      },
      coordinator,
    );
    return { ...team, coordinator, physician, activityId: activity.id };
  }

  const authorisation = (activityId: string) => ({
    activityId,
    version: 1,
    kind: "AUTHORISED" as const,
    decisionDate: ago(40),
    authorisedWeeklyHours: 19,
    conditions: "Mornings only",
    validUntil: addDays(ago(50), 365),
    nextReviewDate: addDays(ago(40), 150),
    refusalReason: "",
  });

  /** An authorised activity (version 2): 19 hours, valid for a year from its start. */
  async function authorisedActivity() {
    const made = await pendingRequest();
    await decideActivity(authorisation(made.activityId), made.physician);
    return made;
  }

  const review = (activityId: string) => ({
    activityId,
    version: 2,
    kind: "REVIEWED" as const,
    decisionDate: ago(5),
    conditions: "",
    validUntil: "",
    nextReviewDate: addDays(ago(5), 120),
    refusalReason: "",
  });

  /** Everything a decision could write: the activity, its decisions and the audit trail. */
  async function snapshot(activityId: string) {
    const db = getDb();
    const activity = await db.authorisedActivity.findUniqueOrThrow({ where: { id: activityId } });
    return {
      activity: {
        ...activity,
        authorisedWeeklyHours: activity.authorisedWeeklyHours?.toString() ?? null,
        requestedWeeklyHours: activity.requestedWeeklyHours.toString(),
        referenceWeeklyHours: activity.referenceWeeklyHours.toString(),
      },
      decisions: await db.authorisedActivityDecision.count({ where: { activityId } }),
      audit: (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id,
    };
  }

  /** Runs a change expected to fail and checks that it left no trace; returns the error. */
  async function refusedWithoutTrace(activityId: string, change: () => Promise<unknown>) {
    const before = await snapshot(activityId);
    const error = await failureOf(change);
    expect(await snapshot(activityId)).toEqual(before);
    return error;
  }

  it("refuses a review that would extend the grant past two years or raise its hours, writing nothing", async () => {
    const { activityId, physician } = await authorisedActivity();
    const extend = await refusedWithoutTrace(activityId, () =>
      decideActivity({ ...review(activityId), validUntil: addDays(ago(50), 800) }, physician),
    );
    expect(extend).toMatchObject({ code: "VALIDATION", fieldErrors: { validUntil: ["notForDecisionKind"] } });
    const raise = await refusedWithoutTrace(activityId, () =>
      decideActivity({ ...review(activityId), authorisedWeeklyHours: 30 }, physician),
    );
    expect(raise).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { authorisedWeeklyHours: ["notForDecisionKind"] },
    });
    // The same review without those fields goes through and keeps the grant as it was.
    await expectOneAuditRow(() => decideActivity(review(activityId), physician));
    const row = await getDb().authorisedActivity.findUniqueOrThrow({ where: { id: activityId } });
    expect([
      Number(row.authorisedWeeklyHours),
      fromDbDate(row.validUntil),
      row.conditions,
      row.version,
    ]).toEqual([19, addDays(ago(50), 365), "Mornings only", 3]);
  });

  it("refuses 'authorise' with hours other than the requested ones, writing nothing", async () => {
    const { activityId, physician } = await pendingRequest();
    for (const hours of [12, 18.5]) {
      const error = await refusedWithoutTrace(activityId, () =>
        decideActivity({ ...authorisation(activityId), authorisedWeeklyHours: hours }, physician),
      );
      expect(error).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { authorisedWeeklyHours: ["hoursAsRequested"] },
      });
    }
    const row = await getDb().authorisedActivity.findUniqueOrThrow({ where: { id: activityId } });
    expect([row.status, row.authorisedWeeklyHours]).toEqual(["PENDING", null]);
  });

  it("answers CONFLICT to a decision made on a stale version, writing nothing", async () => {
    const { activityId, physician } = await authorisedActivity();
    const error = await refusedWithoutTrace(activityId, () =>
      decideActivity({ ...review(activityId), version: 1 }, physician),
    );
    expect(error.code).toBe("CONFLICT");
  });

  it("answers NOT_FOUND to a physician of another region, writing nothing", async () => {
    const { activityId } = await pendingRequest();
    const walloon = await makeUser("ADVISING_PHYSICIAN", {
      teamId: (await makeTeam({ region: "WALLONIA" })).id,
    });
    const error = await refusedWithoutTrace(activityId, async () =>
      decideActivity(authorisation(activityId), await actorOf(walloon)),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("refuses to end a pending request or withdraw an authorised activity, writing nothing", async () => {
    const pending = await pendingRequest();
    const end = await refusedWithoutTrace(pending.activityId, () =>
      endActivity(
        { activityId: pending.activityId, version: 1, endDate: ago(1), endReason: "FULL_RETURN" },
        pending.coordinator,
      ),
    );
    expect(end.code).toBe("INVALID_TRANSITION");
    const authorised = await authorisedActivity();
    const withdraw = await refusedWithoutTrace(authorised.activityId, () =>
      withdrawActivity({ activityId: authorised.activityId, version: 2 }, authorised.coordinator),
    );
    expect(withdraw.code).toBe("INVALID_TRANSITION");
  });
});
