import { describe, expect, it } from "vitest";

import { addDays, addYears, fromDbDate, todayInBrussels } from "@/lib/dates";
import { mapDatabaseError } from "@/lib/database/errors";
import { getDb } from "@/lib/db";
import {
  endPeriod,
  recordQuestionnaireSent,
  registerPeriod,
  updatePeriodMedical,
  updateQuestionnaire,
} from "@/lib/incapacity/mutations";
import { proposeRelapse } from "@/lib/incapacity/queries";
import { actorOf, makeMember, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

import { expectOneAuditRow, failureOf } from "../../tests/support/audit";

const today = todayInBrussels();
const ago = (days: number) => addDays(today, -days);

async function storedDeadlines(memberId: string) {
  const rows = await getDb().deadline.findMany({
    where: { memberId },
    orderBy: [{ dueDate: "asc" }, { rule: "asc" }],
  });
  return rows.map((r) => [r.rule, fromDbDate(r.dueDate), fromDbDate(r.metDate)]);
}

describe("incapacity periods", () => {
  it("registers a period with one audit row and stores DOMAIN.md's deadlines for it", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMember(coordinator, { statute: "EMPLOYEE" });
    await expectOneAuditRow(async () =>
      registerPeriod(
        {
          memberId: member.id,
          startDate: ago(100),
          endDate: "",
          endReason: "",
          declarationDate: "",
          continuePrevious: false,
        },
        await actorOf(coordinator),
      ),
    );
    // DOMAIN.md's deadline table, written out (not recomputed by the engine under test): an employee's
    // period that started 100 days ago (TNW regime) has the questionnaire due at start + 63 days (already
    // late, not met), the first category at start + 120 days, and the phase change at start + 1 year — an
    // information deadline the calendar meets on its own day while the incapacity runs. Nothing else yet.
    const start = ago(100);
    const invalidity = addYears(start, 1);
    expect(await storedDeadlines(member.id)).toEqual([
      ["QUESTIONNAIRE_SENT", addDays(start, 63), null],
      ["FIRST_CATEGORY", addDays(start, 120), null],
      ["PHASE_INVALIDITY", invalidity, invalidity],
    ]);
  });

  it("refuses a second open period (V2) with a field error", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMemberInIncapacity(coordinator, 50);
    const error = await failureOf(async () =>
      registerPeriod(
        {
          memberId: member.id,
          startDate: ago(10),
          endDate: "",
          endReason: "",
          declarationDate: "",
          continuePrevious: false,
        },
        await actorOf(coordinator),
      ),
    );
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { startDate: ["periodAlreadyOpen"] } });
  });

  it("lets PostgreSQL refuse overlapping periods (V1) and maps the refusal to the start date", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMember(coordinator);
    const context = await actorOf(coordinator);
    await registerPeriod(
      {
        memberId: member.id,
        startDate: ago(300),
        endDate: ago(200),
        endReason: "FULL_RETURN",
        declarationDate: "",
        continuePrevious: false,
      },
      context,
    );
    const error = await failureOf(() =>
      getDb().incapacityPeriod.create({
        data: {
          memberId: member.id,
          startDate: new Date(`${ago(250)}T00:00:00Z`),
          endDate: new Date(`${ago(240)}T00:00:00Z`),
          endReason: "OTHER",
        },
      }),
    );
    expect(mapDatabaseError(error)?.fieldErrors).toEqual({ startDate: ["periodOverlap"] });
  });

  it("proposes and records a relapse on day 14, which continues the first period's phase (V4)", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMember(coordinator);
    const context = await actorOf(coordinator);
    const first = await registerPeriod(
      {
        memberId: member.id,
        startDate: ago(200),
        endDate: ago(60),
        endReason: "FULL_RETURN",
        declarationDate: "",
        continuePrevious: false,
      },
      context,
    );
    expect((await proposeRelapse(context.actor, member.id, ago(46)))?.verdict.isContinuation).toBe(true);
    expect((await proposeRelapse(context.actor, member.id, ago(45)))?.verdict.isContinuation).toBe(false);
    const relapse = await registerPeriod(
      {
        memberId: member.id,
        startDate: ago(46),
        endDate: "",
        endReason: "",
        declarationDate: "",
        continuePrevious: true,
      },
      context,
    );
    const row = await getDb().incapacityPeriod.findUniqueOrThrow({ where: { id: relapse.id } });
    expect(row.relapseOfId).toBe(first.id);
    expect(fromDbDate(row.episodeStartDate)).toBe(ago(200));
    // The deadlines still count from the first start: one FIRST_CATEGORY, for the first period.
    const firstCategory = await getDb().deadline.findMany({
      where: { memberId: member.id, rule: "FIRST_CATEGORY" },
    });
    expect(firstCategory.map((d) => d.subjectId)).toEqual([first.id]);
  });

  it("refuses to continue a period when the relapse rule does not apply", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMember(coordinator);
    const context = await actorOf(coordinator);
    await registerPeriod(
      {
        memberId: member.id,
        startDate: ago(200),
        endDate: ago(60),
        endReason: "DISMISSAL",
        declarationDate: "",
        continuePrevious: false,
      },
      context,
    );
    const error = await failureOf(() =>
      registerPeriod(
        {
          memberId: member.id,
          startDate: ago(55),
          endDate: "",
          endReason: "",
          declarationDate: "",
          continuePrevious: true,
        },
        context,
      ),
    );
    expect(error.fieldErrors).toEqual({ continuePrevious: ["relapseNotApplicable"] });
  });

  it("keeps medical fields to physicians: a coordinator may not write a diagnosis", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMember(coordinator);
    const error = await failureOf(async () =>
      registerPeriod(
        {
          memberId: member.id,
          startDate: ago(20),
          endDate: "",
          endReason: "",
          declarationDate: "",
          continuePrevious: false,
          diagnosisGroup: "BURNOUT",
        },
        await actorOf(coordinator),
      ),
    );
    expect(error.code).toBe("FORBIDDEN");
    const physician = await makeUser("ADVISING_PHYSICIAN");
    const period = await registerPeriod(
      {
        memberId: member.id,
        startDate: ago(20),
        endDate: "",
        endReason: "",
        declarationDate: "",
        continuePrevious: false,
      },
      await actorOf(coordinator),
    );
    const { audit } = await expectOneAuditRow(async () =>
      updatePeriodMedical(
        {
          periodId: period.id,
          version: 1,
          diagnosisGroup: "BURNOUT",
          certificateContent: "Exhaustion since March.",
        },
        await actorOf(physician),
      ),
    );
    expect(JSON.stringify(audit.changes)).not.toContain("BURNOUT");
    expect(JSON.stringify(audit.changes)).not.toContain("Exhaustion");
  });

  it("tracks the questionnaire: due 14 days after sending, and the return meets the deadline", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMemberInIncapacity(coordinator, 90);
    const context = await actorOf(coordinator);
    const questionnaire = await recordQuestionnaireSent(
      { periodId: member.periodId, sentDate: ago(25) },
      context,
    );
    const row = await getDb().questionnaire.findUniqueOrThrow({ where: { id: questionnaire.id } });
    expect(fromDbDate(row.dueDate)).toBe(ago(11));
    const open = await getDb().deadline.findFirstOrThrow({
      where: { memberId: member.id, rule: "QUESTIONNAIRE_RETURN" },
    });
    expect(open.metDate).toBeNull();
    await updateQuestionnaire(
      { questionnaireId: questionnaire.id, version: 1, returnedDate: ago(5), helpOfferedDate: "" },
      context,
    );
    const met = await getDb().deadline.findFirstOrThrow({
      where: { memberId: member.id, rule: "QUESTIONNAIRE_RETURN" },
    });
    expect(fromDbDate(met.metDate)).toBe(ago(5));
  });

  it("ends the period and the authorised activity running in it (V19)", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMemberInIncapacity(coordinator, 300);
    const activity = await getDb().authorisedActivity.create({
      data: {
        memberId: member.id,
        periodId: member.periodId,
        requestReceivedDate: new Date(`${ago(100)}T00:00:00Z`),
        startDate: new Date(`${ago(95)}T00:00:00Z`),
        natureOfWork: "Admin",
        requestedWeeklyHours: 19,
        authorisedWeeklyHours: 19,
        referenceWeeklyHours: 38,
        employerCoSigned: true,
        status: "AUTHORISED",
        decisionDate: new Date(`${ago(90)}T00:00:00Z`),
        deciderId: (await makeUser("ADVISING_PHYSICIAN")).id,
        validUntil: new Date(`${addDays(today, 300)}T00:00:00Z`),
      },
    });
    await endPeriod(
      {
        periodId: member.periodId,
        version: 1,
        startDate: member.startDate,
        endDate: ago(2),
        endReason: "FULL_RETURN",
      },
      await actorOf(coordinator),
    );
    const ended = await getDb().authorisedActivity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(ended).toMatchObject({ status: "ENDED", endReason: "FULL_RETURN" });
    expect(fromDbDate(ended.endDate)).toBe(ago(2));
  });
});
