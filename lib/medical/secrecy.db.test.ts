// Medical secrecy (DOMAIN.md) and the physician's decisions: medical fields never reach a coordinator, nor a
// physician whose session has not passed its second factor; every decision writes its audit row; renewals
// and reviews go on beyond the first two years (V18, per grant).
import { describe, expect, it } from "vitest";

import { decideActivity, requestActivity } from "@/lib/activities/mutations";
import { assessCapacity } from "@/lib/capacity/mutations";
import { addDays, addMonths, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import {
  recordQuestionnaireSent,
  updatePeriodMedical,
  updateQuestionnaire,
} from "@/lib/incapacity/mutations";
import { getLetterInput } from "@/lib/letters/queries";
import { findMedicalKeys, hasMedicalAccess } from "@/lib/medical/access";
import { markQuestionnaireRead } from "@/lib/medical/mutations";
import { getActivityScreen, getCapacityScreen, getMedicalFile } from "@/lib/medical/queries";
import { getMemberFile } from "@/lib/timeline/queries";
import { actorOf, makeCaseTeam } from "@/prisma/domain-factories";
import { makeTeam, makeUser } from "@/prisma/factories";

import { expectOneAuditRow, failureOf } from "../../tests/support/audit";

const today = todayInBrussels();
const ago = (days: number) => addDays(today, -days);

/** The medical values medicalCase() plants: none may appear anywhere in what a non-physician reads. */
const PLANTED_MEDICAL_VALUES = [
  '"BURNOUT"',
  "Exhaustion syndrome, sleep disorder.",
  "Responds to therapy; reassess mood in three months.",
];

/** Fails when `value` is null, carries a medical key or contains any planted medical value. */
function expectNoMedical(value: unknown) {
  expect(value).not.toBeNull();
  expect(value).toBeDefined();
  expect(findMedicalKeys(value)).toEqual([]);
  const serialised = JSON.stringify(value);
  for (const planted of PLANTED_MEDICAL_VALUES) expect(serialised).not.toContain(planted);
}

/** A member with a diagnosis, certificate content, an assessment with notes and a returned questionnaire. */
async function medicalCase() {
  const team = await makeCaseTeam(150);
  const p = await actorOf(team.physician);
  const c = await actorOf(team.coordinator);
  await updatePeriodMedical(
    {
      periodId: team.member.periodId,
      version: 1,
      diagnosisGroup: "BURNOUT",
      certificateContent: "Exhaustion syndrome, sleep disorder.",
    },
    p,
  );
  await assessCapacity(
    {
      periodId: team.member.periodId,
      category: 4,
      assessedDate: ago(20),
      functionalLimitations: "Half days, no night shifts, no customer conflicts.",
      medicalNotes: "Responds to therapy; reassess mood in three months.",
      nextReviewDate: addDays(today, 10),
      referToCoordinator: true,
      goAheadDate: ago(20),
      coordinatorId: "",
    },
    p,
  );
  const questionnaire = await recordQuestionnaireSent(
    { periodId: team.member.periodId, sentDate: ago(80) },
    c,
  );
  await updateQuestionnaire(
    { questionnaireId: questionnaire.id, version: 1, returnedDate: ago(70), helpOfferedDate: "" },
    c,
  );
  return { ...team, p, c, questionnaireId: questionnaire.id };
}

describe("medical secrecy", () => {
  it("never returns medical fields to a coordinator, and returns them to a verified physician", async () => {
    const { member, p, c } = await medicalCase();
    const coordinatorFile = await getMemberFile(c.actor, member.id, { today, locale: "en" });
    expectNoMedical(coordinatorFile);
    expect(coordinatorFile!.assessments[0]).toMatchObject({
      category: 4,
      functionalLimitations: "Half days, no night shifts, no customer conflicts.",
    });
    const coordinatorScreen = await getCapacityScreen(c.actor, member.id);
    expectNoMedical(coordinatorScreen);
    expect(coordinatorScreen!.assessments[0]!.functionalLimitations).toContain("Half days");
    expect(await getMedicalFile(c.actor, member.id)).toBeNull();

    const physicianFile = await getMedicalFile(p.actor, member.id);
    expect(physicianFile!.periods[0]).toMatchObject({
      diagnosisGroup: "BURNOUT",
      certificateContent: "Exhaustion syndrome, sleep disorder.",
    });
    expect(physicianFile!.periods[0]!.assessments[0]!.medicalNotes).toContain("Responds to therapy");
    expect((await getCapacityScreen(p.actor, member.id))!.assessments[0]).toMatchObject({
      medicalNotes: "Responds to therapy; reassess mood in three months.",
    });
  });

  it("keeps medical fields from a physician whose session has not passed the second factor", async () => {
    const { member, physician } = await medicalCase();
    const unverified = await actorOf(physician, { secondFactorPassed: false });
    expect(hasMedicalAccess(unverified.actor)).toBe(false);
    // Absent (a caller that forgot to say) counts as not passed.
    expect(hasMedicalAccess({ role: "ADVISING_PHYSICIAN" })).toBe(false);
    expect(await getMedicalFile(unverified.actor, member.id)).toBeNull();
    // The physician still reads the non-medical file and screen — without any medical value in them.
    expectNoMedical(await getMemberFile(unverified.actor, member.id, { today, locale: "en" }));
    expectNoMedical(await getCapacityScreen(unverified.actor, member.id));
    const forbidden = await failureOf(() =>
      updatePeriodMedical(
        { periodId: member.periodId, version: 2, diagnosisGroup: "MSK", certificateContent: "" },
        unverified,
      ),
    );
    expect(forbidden.code).toBe("FORBIDDEN");
  });

  it("answers nothing about members outside the physician's region", async () => {
    const { member } = await medicalCase();
    const walloon = await actorOf(
      await makeUser("ADVISING_PHYSICIAN", { teamId: (await makeTeam({ region: "WALLONIA" })).id }),
    );
    expect(await getMedicalFile(walloon.actor, member.id)).toBeNull();
    expect(await getCapacityScreen(walloon.actor, member.id)).toBeNull();
  });

  it("lets a physician mark a returned questionnaire read, once, audited; a coordinator may not", async () => {
    const { questionnaireId, p, c, physician } = await medicalCase();
    expect((await failureOf(() => markQuestionnaireRead({ questionnaireId }, c))).code).toBe("FORBIDDEN");
    const { audit } = await expectOneAuditRow(() => markQuestionnaireRead({ questionnaireId }, p));
    expect(audit).toMatchObject({ action: "UPDATE", entity: "Questionnaire", entityId: questionnaireId });
    const row = await getDb().questionnaire.findUniqueOrThrow({ where: { id: questionnaireId } });
    expect(row.physicianReadById).toBe(physician.id);
    // A second reading keeps the first reader and writes nothing.
    const colleague = await actorOf(await makeUser("ADVISING_PHYSICIAN"));
    const before = await getDb().auditEvent.count();
    await markQuestionnaireRead({ questionnaireId }, colleague);
    expect(await getDb().auditEvent.count()).toBe(before);
    expect(
      (await getDb().questionnaire.findUniqueOrThrow({ where: { id: questionnaireId } })).physicianReadById,
    ).toBe(physician.id);
  });
});

describe("authorised-activity decisions", () => {
  async function filed(daysAgo = 20) {
    const team = await makeCaseTeam(daysAgo + 30);
    const c = await actorOf(team.coordinator);
    const p = await actorOf(team.physician);
    const activity = await requestActivity(
      {
        memberId: team.member.id,
        trajectoryId: "",
        employerId: "",
        requestReceivedDate: ago(daysAgo + 2),
        startDate: ago(daysAgo),
        natureOfWork: "Bookkeeping, three mornings",
        requestedWeeklyHours: 15,
        referenceWeeklyHours: 38,
        employerCoSigned: true,
      },
      c,
    );
    return { ...team, c, p, activityId: activity.id };
  }

  it("writes exactly one audit row per decision, authorise and refuse alike", async () => {
    const granted = await filed();
    const { audit } = await expectOneAuditRow(() =>
      decideActivity(
        {
          activityId: granted.activityId,
          version: 1,
          kind: "AUTHORISED",
          decisionDate: today,
          authorisedWeeklyHours: 15,
          conditions: "Seated work",
          validUntil: addDays(ago(20), 365),
          nextReviewDate: addMonths(today, 6),
          refusalReason: "",
        },
        granted.p,
      ),
    );
    expect(audit).toMatchObject({
      action: "TRANSITION",
      entity: "AuthorisedActivity",
      entityId: granted.activityId,
      purpose: "AUTHORISED",
      actorId: granted.physician.id,
    });

    const refused = await filed();
    const { audit: refusal } = await expectOneAuditRow(() =>
      decideActivity(
        {
          activityId: refused.activityId,
          version: 1,
          kind: "REFUSED",
          decisionDate: today,
          conditions: "",
          validUntil: "",
          nextReviewDate: "",
          refusalReason: "The proposed hours do not leave enough time for your treatment.",
        },
        refused.p,
      ),
    );
    expect(refusal).toMatchObject({ purpose: "REFUSED" });
    // The coordinator sees the refusal and its reason (written for the member), and the letter can be made.
    const screen = await getActivityScreen(refused.c.actor, refused.member.id, refused.activityId);
    expect(screen!.activity).toMatchObject({ status: "REFUSED" });
    expect(screen!.activity.refusalReason).toContain("treatment");
    const letter = await getLetterInput(refused.c.actor, refused.member.id, refused.activityId);
    expect(letter!.input.decision).toMatchObject({ kind: "REFUSED" });
    expect(findMedicalKeys(letter)).toEqual([]);
  });

  it("renews for two years from the renewal and then reviews, beyond the first two years (V18)", async () => {
    const { activityId, p, member } = await filed(700);
    const start = ago(700);
    await decideActivity(
      {
        activityId,
        version: 1,
        kind: "AUTHORISED",
        decisionDate: ago(690),
        authorisedWeeklyHours: 15,
        conditions: "",
        validUntil: addDays(start, 720),
        nextReviewDate: addDays(ago(690), 150),
        refusalReason: "",
      },
      p,
    );
    // Renewal on day 700: valid until two years from today, well past the start + 2 years.
    await decideActivity(
      {
        activityId,
        version: 2,
        kind: "RENEWED",
        decisionDate: today,
        authorisedWeeklyHours: 12,
        conditions: "Mornings",
        validUntil: addDays(today, 700),
        nextReviewDate: addMonths(today, 6),
        refusalReason: "",
      },
      p,
    );
    // A review keeps that validity (it is not a new grant).
    await decideActivity(
      {
        activityId,
        version: 3,
        kind: "REVIEWED",
        decisionDate: today,
        conditions: "",
        validUntil: "",
        nextReviewDate: addMonths(today, 5),
        refusalReason: "",
      },
      p,
    );
    const row = await getDb().authorisedActivity.findUniqueOrThrow({
      where: { id: activityId },
      include: { decisions: { orderBy: { createdAt: "asc" } } },
    });
    expect(row.decisions.map((d) => d.kind)).toEqual(["AUTHORISED", "RENEWED", "REVIEWED"]);
    expect(row.conditions).toBe("Mornings");
    expect(row.validUntil?.toISOString().slice(0, 10)).toBe(addDays(today, 700));
    const letter = await getLetterInput(p.actor, member.id, activityId, row.decisions[1]!.id);
    expect(letter!.input.decision).toMatchObject({ kind: "RENEWED", authorisedWeeklyHours: 12 });
  });
});
