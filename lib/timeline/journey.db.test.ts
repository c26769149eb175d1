// A member file from intake to outcome through the data layer: every step writes exactly one audit row,
// consent gates referrals and third-party contacts (V11), physicians alone assess and decide (V8), the
// timeline shows every step, and a coordinator's queries never return medical fields.
import { describe, expect, it } from "vitest";

import { decideActivity, requestActivity } from "@/lib/activities/mutations";
import { decideAdjustment, requestAdjustment } from "@/lib/adjustments/mutations";
import { assessCapacity } from "@/lib/capacity/mutations";
import { findCaseload, findOverdueDeadlines, findTodayPanel } from "@/lib/caseload/queries";
import { ZCaseloadFilterSchema } from "@/lib/caseload/schemas";
import { recordConsent, withdrawConsent } from "@/lib/consents/mutations";
import { correctContact, editContact, logContact } from "@/lib/contacts/mutations";
import { addDays, instantToBrusselsLocal, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { updatePeriodMedical } from "@/lib/incapacity/mutations";
import { findMedicalKeys } from "@/lib/medical/access";
import { getMemberHeader } from "@/lib/members/queries";
import { createReferral, updateReferral } from "@/lib/referrals/mutations";
import { getMemberFile } from "@/lib/timeline/queries";
import {
  addPlanAction,
  addPlanGoal,
  startTrajectory,
  transitionTrajectory,
} from "@/lib/trajectories/mutations";
import { actorOf, makeCaseTeam, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

import { expectOneAuditRow, failureOf } from "../../tests/support/audit";

const today = todayInBrussels();
const ago = (days: number) => addDays(today, -days);
const version = async (
  model: "trajectory" | "authorisedActivity" | "workAdjustment" | "referral" | "consent",
  id: string,
) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ((await (getDb()[model] as any).findUniqueOrThrow({ where: { id } })) as { version: number }).version;

describe("a member file from intake to outcome", () => {
  it("runs the whole workflow with one audit row per step, consent gates and the physician's decisions", async () => {
    const { coordinator, physician, member } = await makeCaseTeam(200);
    const c = await actorOf(coordinator);
    const p = await actorOf(physician);

    // Month 4: the physician categorises (physicians only) and hands the member over with a go-ahead.
    expect(
      (
        await failureOf(() =>
          assessCapacity(
            {
              periodId: member.periodId,
              category: 4,
              assessedDate: ago(80),
              functionalLimitations: "x",
              medicalNotes: "",
              nextReviewDate: "",
              referToCoordinator: false,
              goAheadDate: "",
              coordinatorId: "",
            },
            c,
          ),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const assessed = await assessCapacity(
      {
        periodId: member.periodId,
        category: 4,
        assessedDate: ago(80),
        functionalLimitations: "No lifting over 5 kg; short shifts.",
        medicalNotes: "Lumbar disc herniation, improving.",
        nextReviewDate: addDays(today, 60),
        referToCoordinator: true,
        goAheadDate: ago(75),
        coordinatorId: "",
      },
      p,
    );
    const trajectoryId = assessed.trajectoryId!;
    expect(trajectoryId).toBeTruthy();
    await updatePeriodMedical(
      {
        periodId: member.periodId,
        version: 1,
        diagnosisGroup: "MSK",
        certificateContent: "Disc herniation L4-L5.",
      },
      p,
    );

    // Invite, first contact (the trajectory becomes active), plan.
    await expectOneAuditRow(async () =>
      transitionTrajectory(
        {
          trajectoryId,
          version: await version("trajectory", trajectoryId),
          to: "INVITED",
          invitedDate: ago(70),
        },
        c,
      ),
    );
    await expectOneAuditRow(async () =>
      transitionTrajectory(
        {
          trajectoryId,
          version: await version("trajectory", trajectoryId),
          to: "ACTIVE",
          firstContactDate: ago(60),
        },
        c,
      ),
    );
    const goal = await expectOneAuditRow(() =>
      addPlanGoal(
        { trajectoryId, description: "Return to own job part-time", targetDate: addDays(today, 60) },
        c,
      ),
    );
    await expectOneAuditRow(() =>
      addPlanAction(
        {
          trajectoryId,
          goalId: goal.result.id,
          description: "Visit occupational physician",
          actor: "member",
          dueDate: ago(30),
        },
        c,
      ),
    );

    // A referral or an employer contact without consent is refused (V11); with consent it goes through.
    expect(
      await failureOf(() =>
        createReferral(
          {
            trajectoryId,
            target: "OCCUPATIONAL_PHYSICIAN",
            organisation: "Mensura",
            sentDate: ago(50),
            expectedResponseDate: "",
          },
          c,
        ),
      ),
    ).toMatchObject({
      code: "VALIDATION",
      messageKey: "consentRequired",
      fieldErrors: { target: ["consentRequired"] },
    });
    expect(
      (
        await failureOf(() =>
          logContact(
            {
              memberId: member.id,
              occurredAt: `${ago(50)}T10:00`,
              channel: "PHONE",
              party: "EMPLOYER",
              summary: "Call HR",
            },
            c,
          ),
        )
      ).fieldErrors,
    ).toEqual({
      party: ["consentRequired"],
    });
    await expectOneAuditRow(() =>
      recordConsent(
        {
          trajectoryId,
          party: "OCCUPATIONAL_PHYSICIAN",
          partyName: "Mensura",
          purposeCode: "PRE_RETURN_VISIT",
          purpose: "",
          givenDate: ago(55),
        },
        c,
      ),
    );
    const employerConsent = await expectOneAuditRow(() =>
      recordConsent(
        {
          trajectoryId,
          party: "EMPLOYER",
          partyName: "",
          purposeCode: "RETURN_TO_WORK",
          purpose: "",
          givenDate: ago(55),
        },
        c,
      ),
    );
    const referral = await expectOneAuditRow(() =>
      createReferral(
        {
          trajectoryId,
          target: "OCCUPATIONAL_PHYSICIAN",
          organisation: "Mensura",
          sentDate: ago(50),
          expectedResponseDate: "",
        },
        c,
      ),
    );
    await expectOneAuditRow(async () =>
      updateReferral(
        {
          referralId: referral.result.id,
          version: 1,
          status: "ACCEPTED",
          responseDate: ago(40),
          outcomeNote: "Visit planned",
        },
        c,
      ),
    );
    const contact = await expectOneAuditRow(() =>
      logContact(
        {
          memberId: member.id,
          occurredAt: `${ago(45)}T10:30`,
          channel: "PHONE",
          party: "EMPLOYER",
          summary: "Employer open to shorter days",
          followUpDate: ago(2),
        },
        c,
      ),
    );

    // The employer refuses an adjustment, with its reason.
    const adjustment = await expectOneAuditRow(() =>
      requestAdjustment(
        {
          trajectoryId,
          employerId: "",
          type: "HOURS",
          description: "Four-hour days",
          requestedDate: ago(44),
        },
        c,
      ),
    );
    await expectOneAuditRow(() =>
      decideAdjustment(
        {
          adjustmentId: adjustment.result.id,
          version: 1,
          status: "REFUSED",
          decidedDate: ago(30),
          refusalReason: "WORK_ORGANISATION",
          explanationGiven: "yes",
          motivatedReportDate: "",
        },
        c,
      ),
    );

    // Authorised activity: the coordinator files, the physician decides (the coordinator cannot).
    const activity = await expectOneAuditRow(() =>
      requestActivity(
        {
          memberId: member.id,
          trajectoryId: "",
          employerId: "",
          requestReceivedDate: ago(30),
          startDate: ago(25),
          natureOfWork: "Own job, mornings",
          requestedWeeklyHours: 19,
          referenceWeeklyHours: 38,
          employerCoSigned: true,
        },
        c,
      ),
    );
    const decision = {
      activityId: activity.result.id,
      version: 1,
      kind: "AUTHORISED" as const,
      decisionDate: ago(10),
      authorisedWeeklyHours: 19,
      conditions: "No lifting",
      validUntil: addDays(ago(25), 365),
      nextReviewDate: addDays(ago(10), 150),
      refusalReason: "",
    };
    expect((await failureOf(() => decideActivity(decision, c))).code).toBe("FORBIDDEN");
    await expectOneAuditRow(() => decideActivity(decision, p));
    expect(
      await getDb().authorisedActivityDecision.count({ where: { activityId: activity.result.id } }),
    ).toBe(1);

    // Outcome.
    await expectOneAuditRow(async () =>
      transitionTrajectory(
        {
          trajectoryId,
          version: await version("trajectory", trajectoryId),
          to: "CLOSED",
          endDate: ago(1),
          stopReason: "RESUMED_PARTIALLY",
          outcome: "BACK_AT_WORK",
        },
        c,
      ),
    );
    // Consent can be withdrawn afterwards; the past stays valid.
    await expectOneAuditRow(async () =>
      withdrawConsent(
        {
          consentId: employerConsent.result.id,
          version: await version("consent", employerConsent.result.id),
          withdrawnDate: today,
        },
        c,
      ),
    );

    // The coordinator's file: every step in the timeline, no medical field anywhere.
    const file = await getMemberFile(c.actor, member.id, { today, locale: "en" });
    expect(file).not.toBeNull();
    expect(findMedicalKeys(file)).toEqual([]);
    // Nor any of the medical values the physician recorded above.
    const serialisedFile = JSON.stringify(file);
    expect(serialisedFile).not.toContain('"MSK"');
    expect(serialisedFile).not.toContain("Disc herniation L4-L5.");
    expect(serialisedFile).not.toContain("Lumbar disc herniation, improving.");
    expect(file!.assessments[0]).toMatchObject({
      category: 4,
      functionalLimitations: "No lifting over 5 kg; short shifts.",
    });
    const kinds = file!.timeline.map((e) => e.kind);
    for (const kind of [
      "PERIOD_START",
      "ASSESSMENT",
      "TRAJECTORY_TRANSITION",
      "CONSENT_GIVEN",
      "REFERRAL_SENT",
      "REFERRAL_ANSWERED",
      "CONTACT",
      "ADJUSTMENT_REQUESTED",
      "ADJUSTMENT_DECIDED",
      "ACTIVITY_REQUESTED",
      "ACTIVITY_DECISION",
      "CONSENT_WITHDRAWN",
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    expect(file!.timeline.filter((e) => e.kind === "TRAJECTORY_TRANSITION").map((e) => e.details.to)).toEqual(
      ["REFERRED", "INVITED", "ACTIVE", "CLOSED"],
    );
    const dates = file!.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    // Deadlines with their reasons: the first contact was met within a month of the go-ahead.
    const firstContact = file!.deadlines.find((d) => d.rule === "FIRST_CONTACT")!;
    expect(firstContact).toMatchObject({ status: "MET", isLate: false });
    expect(firstContact.reason).toContain("advising physician's go-ahead");

    // The physician's file has the medical part.
    const physicianFile = await getMemberFile(p.actor, member.id, { today, locale: "fr" });
    expect(physicianFile!.periods[0]).toMatchObject({
      diagnosisGroup: "MSK",
      certificateContent: "Disc herniation L4-L5.",
    });
    expect(physicianFile!.assessments[0]).toMatchObject({
      medicalNotes: "Lumbar disc herniation, improving.",
    });

    // Contacts: editable by their author for 24 hours; corrections are appended, the original kept.
    await editContact(
      {
        contactId: contact.result.id,
        version: 1,
        occurredAt: `${ago(45)}T10:45`,
        channel: "PHONE",
        party: "EMPLOYER",
        summary: "Employer open to four-hour days",
        followUpDate: ago(2),
      },
      c,
    );
    const colleague = await actorOf(await makeUser("COORDINATOR", { teamId: coordinator.teamId! }));
    expect(
      (
        await failureOf(() =>
          editContact(
            {
              contactId: contact.result.id,
              version: 2,
              occurredAt: `${ago(45)}T10:45`,
              channel: "PHONE",
              party: "EMPLOYER",
              summary: "mine now",
            },
            colleague,
          ),
        )
      ).code,
    ).toBe("FORBIDDEN");
    await getDb().contact.update({
      where: { id: contact.result.id },
      data: { createdAt: new Date(Date.now() - 25 * 3_600_000) },
    });
    expect(
      (
        await failureOf(() =>
          editContact(
            {
              contactId: contact.result.id,
              version: 2,
              occurredAt: `${ago(45)}T10:45`,
              channel: "PHONE",
              party: "EMPLOYER",
              summary: "late edit",
            },
            c,
          ),
        )
      ).messageKey,
    ).toBe("contactEditWindow");
    const correction = await correctContact(
      { contactId: contact.result.id, summary: "Correction: HR, not the manager." },
      c,
    );
    const original = await getDb().contact.findUniqueOrThrow({ where: { id: contact.result.id } });
    expect(original.summary).toBe("Employer open to four-hour days");
    expect((await getDb().contact.findUniqueOrThrow({ where: { id: correction.id } })).correctsId).toBe(
      original.id,
    );
    expect(instantToBrusselsLocal(original.occurredAt)).toBe(`${ago(45)}T10:45`);
  });

  it("never returns medical fields to a coordinator, from any member query", async () => {
    const { coordinator, physician, member } = await makeCaseTeam(150);
    const p = await actorOf(physician);
    await assessCapacity(
      {
        periodId: member.periodId,
        category: 3,
        assessedDate: ago(30),
        functionalLimitations: "Treatment first.",
        medicalNotes: "Chemotherapy cycle 2.",
        nextReviewDate: addDays(today, 90),
        referToCoordinator: false,
        goAheadDate: "",
        coordinatorId: "",
      },
      p,
    );
    await updatePeriodMedical(
      {
        periodId: member.periodId,
        version: 1,
        diagnosisGroup: "CANCER",
        certificateContent: "Breast cancer.",
      },
      p,
    );
    const c = await actorOf(coordinator);
    const results = [
      await getMemberFile(c.actor, member.id, { today, locale: "nl" }),
      await getMemberHeader(c.actor, member.id, today),
      await findCaseload(c.actor, ZCaseloadFilterSchema.parse({}), today),
      await findTodayPanel(c.actor, today),
    ];
    const serialised = JSON.stringify(results);
    expect(findMedicalKeys(results)).toEqual([]);
    expect(serialised).not.toContain("Chemotherapy");
    expect(serialised).not.toContain("Breast cancer");
    expect(serialised).not.toContain("CANCER");
    // A manager or admin gets no member file at all.
    for (const role of ["MANAGER", "ADMIN"] as const) {
      const other = await actorOf(
        await makeUser(role, role === "MANAGER" ? { teamId: coordinator.teamId! } : {}),
      );
      expect(await getMemberFile(other.actor, member.id, { today, locale: "en" })).toBeNull();
    }
  });
});

describe("trajectories", () => {
  it("starts on the member's own initiative, needs an open incapacity, and refuses a second open one", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMemberInIncapacity(coordinator, 40);
    const c = await actorOf(coordinator);
    const { result } = await expectOneAuditRow(() =>
      startTrajectory(
        {
          memberId: member.id,
          initiative: "MEMBER",
          referredDate: ago(3),
          goAheadDate: "",
          coordinatorId: "",
        },
        c,
      ),
    );
    const stored = await getDb().trajectory.findUniqueOrThrow({
      where: { id: result.id },
      include: { transitions: true },
    });
    expect(stored).toMatchObject({ status: "REFERRED", initiative: "MEMBER", coordinatorId: coordinator.id });
    expect(stored.transitions.map((t) => t.toStatus)).toEqual(["REFERRED"]);
    expect(
      (
        await failureOf(() =>
          startTrajectory(
            {
              memberId: member.id,
              initiative: "TEAM",
              referredDate: ago(2),
              goAheadDate: "",
              coordinatorId: "",
            },
            c,
          ),
        )
      ).fieldErrors,
    ).toEqual({
      _form: ["trajectoryAlreadyOpen"],
    });
    // Skipping a step of the state machine is refused and changes nothing.
    expect(
      (
        await failureOf(() =>
          transitionTrajectory(
            {
              trajectoryId: result.id,
              version: 1,
              to: "CLOSED",
              endDate: ago(1),
              stopReason: "OTHER",
              outcome: "OTHER",
            },
            c,
          ),
        )
      ).code,
    ).toBe("INVALID_TRANSITION");
    expect((await getDb().trajectory.findUniqueOrThrow({ where: { id: result.id } })).status).toBe(
      "REFERRED",
    );
    const deadline = await getDb().deadline.findFirstOrThrow({
      where: { memberId: member.id, rule: "FIRST_CONTACT" },
    });
    expect(deadline.variant).toBe("MEMBER_REQUEST");
  });

  it("answers CONFLICT to a transition made from a stale version", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMemberInIncapacity(coordinator, 40);
    const c = await actorOf(coordinator);
    const { id } = await startTrajectory(
      { memberId: member.id, initiative: "MEMBER", referredDate: ago(3), goAheadDate: "", coordinatorId: "" },
      c,
    );
    await transitionTrajectory({ trajectoryId: id, version: 1, to: "INVITED", invitedDate: ago(2) }, c);
    expect(
      (
        await failureOf(() =>
          transitionTrajectory({ trajectoryId: id, version: 1, to: "DECLINED", endDate: ago(1) }, c),
        )
      ).code,
    ).toBe("CONFLICT");
    expect((await getDb().trajectory.findUniqueOrThrow({ where: { id } })).status).toBe("INVITED");
  });
});

describe("caseload", () => {
  it("lists the coordinator's members with phase, day count, category and next deadline, filters and pages", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const c = await actorOf(coordinator);
    const young = await makeMemberInIncapacity(coordinator, 100, { lastName: "Aerts" });
    const old = await makeMemberInIncapacity(coordinator, 400, { lastName: "Baert" });
    await makeMemberInIncapacity(coordinator, 30, { lastName: "Claes" });
    const physician = await actorOf(await makeUser("ADVISING_PHYSICIAN"));
    await assessCapacity(
      {
        periodId: old.periodId,
        category: 4,
        assessedDate: ago(300),
        functionalLimitations: "Light work.",
        medicalNotes: "",
        nextReviewDate: "",
        referToCoordinator: false,
        goAheadDate: "",
        coordinatorId: "",
      },
      physician,
    );

    const all = await findCaseload(c.actor, ZCaseloadFilterSchema.parse({}), today);
    expect(all.items.map((r) => r.lastName)).toEqual(["Aerts", "Baert", "Claes"]);
    const baert = all.items[1]!;
    expect(baert).toMatchObject({ phase: "INVALIDITY", dayCount: 401, category: 4 });
    expect(all.items[0]).toMatchObject({ phase: "PRIMARY", dayCount: 101, category: null });
    // Aerts: questionnaire (day 63) not sent → overdue; Claes (day 31) has nothing overdue yet.
    expect(all.items[0]!.overdueCount).toBeGreaterThan(0);
    expect(all.items[2]!.overdueCount).toBe(0);

    expect(
      (await findCaseload(c.actor, ZCaseloadFilterSchema.parse({ phase: "INVALIDITY" }), today)).items.map(
        (r) => r.id,
      ),
    ).toEqual([old.id]);
    expect(
      (await findCaseload(c.actor, ZCaseloadFilterSchema.parse({ category: "NONE" }), today)).items.map(
        (r) => r.lastName,
      ),
    ).toEqual(["Aerts", "Claes"]);
    expect(
      (await findCaseload(c.actor, ZCaseloadFilterSchema.parse({ overdue: "1" }), today)).items.map(
        (r) => r.lastName,
      ),
    ).not.toContain("Claes");
    expect(
      (await findCaseload(c.actor, ZCaseloadFilterSchema.parse({ q: young.insz }), today)).items.map(
        (r) => r.id,
      ),
    ).toEqual([young.id]);
    expect(
      (await findCaseload(c.actor, ZCaseloadFilterSchema.parse({ q: "baë" }), today)).items.map((r) => r.id),
    ).toEqual([old.id]);

    // Keyset pages of one row cover everything once, in every sort order.
    for (const sort of ["name", "nextDeadline", "dayCount"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await findCaseload(c.actor, ZCaseloadFilterSchema.parse({ sort, cursor }), today, 1);
        seen.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen.sort(), sort).toEqual([young.id, old.id, all.items[2]!.id].sort());
    }
    const byDays = await findCaseload(c.actor, ZCaseloadFilterSchema.parse({ sort: "dayCount" }), today);
    expect(byDays.items.map((r) => r.lastName)).toEqual(["Baert", "Aerts", "Claes"]);
  });

  it("shows another coordinator's members only in the team view, and none of another team", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const colleague = await makeUser("COORDINATOR", { teamId: coordinator.teamId! });
    const stranger = await makeUser("COORDINATOR");
    const member = await makeMemberInIncapacity(colleague, 50);
    const c = await actorOf(coordinator);
    expect((await findCaseload(c.actor, ZCaseloadFilterSchema.parse({}), today)).items).toEqual([]);
    expect(
      (await findCaseload(c.actor, ZCaseloadFilterSchema.parse({ scope: "team" }), today)).items.map(
        (r) => r.id,
      ),
    ).toEqual([member.id]);
    expect(
      (
        await findCaseload(
          (await actorOf(stranger)).actor,
          ZCaseloadFilterSchema.parse({ scope: "team" }),
          today,
        )
      ).items,
    ).toEqual([]);
  });

  it("puts overdue and this week's coordinator deadlines, follow-ups and silent referrals in the today panel", async () => {
    const { coordinator, physician, member } = await makeCaseTeam(120);
    const c = await actorOf(coordinator);
    const assessed = await assessCapacity(
      {
        periodId: member.periodId,
        category: 4,
        assessedDate: ago(50),
        functionalLimitations: "Adapted work.",
        medicalNotes: "",
        nextReviewDate: "",
        referToCoordinator: true,
        goAheadDate: ago(40),
        coordinatorId: "",
      },
      await actorOf(physician),
    );
    await logContact(
      {
        memberId: member.id,
        occurredAt: `${ago(3)}T09:00`,
        channel: "PHONE",
        party: "MEMBER",
        summary: "Called the member",
        nextAction: "Send the invitation letter",
        followUpDate: addDays(today, 2),
      },
      c,
    );
    const panel = await findTodayPanel(c.actor, today);
    const firstContact = panel.find((item) => item.rule === "FIRST_CONTACT");
    expect(firstContact).toMatchObject({
      kind: "DEADLINE",
      isOverdue: true,
      memberId: member.id,
      subjectId: assessed.trajectoryId,
    });
    expect(panel.find((item) => item.kind === "FOLLOW_UP")).toMatchObject({
      text: "Send the invitation letter",
      isOverdue: false,
    });
    const overdue = await findOverdueDeadlines(c.actor, today);
    expect(overdue.items.map((d) => d.rule)).toContain("FIRST_CONTACT");
    expect(overdue.items.every((d) => d.dueDate < today)).toBe(true);
  });
});
