// V8 through the real action wrapper (defineAction): only an advising physician whose session passed its
// second factor writes a category or an authorised-activity decision; a coordinator calling the server action
// directly — as anyone can, it is a public endpoint — gets FORBIDDEN and nothing is written.
import { beforeEach, describe, expect, it, vi } from "vitest";

import type { SessionUser } from "@/lib/auth/session";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
// Translations answer "namespace.key", so a test sees which message the user would read.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => (key: string) => (namespace ? `${namespace}.${key}` : key),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { decideActivityAction, requestActivityAction } from "@/lib/activities/actions";
import { requestActivity } from "@/lib/activities/mutations";
import { assessCapacityAction } from "@/lib/capacity/actions";
import { addDays, todayInBrussels } from "@/lib/dates";
import { recordQuestionnaireSent } from "@/lib/incapacity/mutations";
import { getDb } from "@/lib/db";
import { markQuestionnaireReadAction } from "@/lib/medical/actions";
import { actorOf, makeCaseTeam } from "@/prisma/domain-factories";
import type { TestUser } from "@/prisma/factories";

const today = todayInBrussels();

async function sessionOf(user: TestUser, secondFactorPassed = true): Promise<SessionUser> {
  const { actor } = await actorOf(user, { secondFactorPassed });
  const required = user.role === "ADVISING_PHYSICIAN" || user.role === "ADMIN";
  return {
    ...actor,
    name: user.name,
    teamName: null,
    locale: "en",
    sessionId: "00000000-0000-7000-8000-000000000000",
    mfaRequired: required,
    mfaEnrolled: secondFactorPassed,
    mfaVerified: secondFactorPassed,
    mfaPending: required && !secondFactorPassed,
  };
}

function assessment(periodId: string) {
  return {
    periodId,
    category: 4,
    assessedDate: today,
    functionalLimitations: "Can work four hours a day, seated.",
    medicalNotes: "Recovering well.",
    nextReviewDate: "",
    referToCoordinator: false,
    goAheadDate: "",
    coordinatorId: "",
  };
}

beforeEach(() => {
  session.user = null;
});

describe("physician-only actions through defineAction", () => {
  it("answers FORBIDDEN to a coordinator who posts a category, and writes nothing", async () => {
    const { coordinator, member } = await makeCaseTeam(130);
    session.user = await sessionOf(coordinator);
    const result = await assessCapacityAction(assessment(member.periodId));
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await getDb().capacityAssessment.count({ where: { memberId: member.id } })).toBe(0);
  });

  it("answers FORBIDDEN to a physician whose session has not passed the second factor", async () => {
    const { physician, member } = await makeCaseTeam(130);
    session.user = await sessionOf(physician, false);
    expect(await assessCapacityAction(assessment(member.periodId))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    session.user = await sessionOf(physician, true);
    const done = await assessCapacityAction(assessment(member.periodId));
    expect(done).toMatchObject({ ok: true });
    expect(await getDb().capacityAssessment.count({ where: { memberId: member.id } })).toBe(1);
  });

  it("lets only the physician decide a request the coordinator filed", async () => {
    const { coordinator, physician, member } = await makeCaseTeam(200);
    session.user = await sessionOf(coordinator);
    const filed = await requestActivityAction({
      memberId: member.id,
      trajectoryId: "",
      employerId: "",
      requestReceivedDate: addDays(today, -12),
      startDate: addDays(today, -10),
      natureOfWork: "Reception desk, mornings",
      requestedWeeklyHours: 19,
      referenceWeeklyHours: 38,
      employerCoSigned: true,
    });
    expect(filed.ok).toBe(true);
    const activityId = filed.ok ? filed.data.id : "";
    const decision = {
      activityId,
      version: 1,
      kind: "AUTHORISED" as const,
      decisionDate: today,
      authorisedWeeklyHours: 19,
      conditions: "No lifting",
      validUntil: addDays(today, 300),
      nextReviewDate: addDays(today, 150),
      refusalReason: "",
    };
    expect(await decideActivityAction(decision)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await markQuestionnaireReadAction({ questionnaireId: activityId })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    const unchanged = await getDb().authorisedActivity.findUniqueOrThrow({ where: { id: activityId } });
    expect(unchanged.status).toBe("PENDING");

    session.user = await sessionOf(physician);
    expect(await decideActivityAction(decision)).toMatchObject({ ok: true });
    const decided = await getDb().authorisedActivity.findUniqueOrThrow({
      where: { id: activityId },
      include: { decisions: true },
    });
    expect(decided).toMatchObject({ status: "AUTHORISED", conditions: "No lifting" });
    expect(decided.decisions).toHaveLength(1);
  });

  it("maps the rules' answers to field errors (a physician's invalid decision)", async () => {
    const { coordinator, physician, member } = await makeCaseTeam(200);
    const activity = await requestActivity(
      {
        memberId: member.id,
        trajectoryId: "",
        employerId: "",
        requestReceivedDate: addDays(today, -3),
        startDate: addDays(today, -2),
        natureOfWork: "Filing",
        requestedWeeklyHours: 10,
        referenceWeeklyHours: 38,
        employerCoSigned: false,
      },
      await actorOf(coordinator),
    );
    session.user = await sessionOf(physician);
    const result = await decideActivityAction({
      activityId: activity.id,
      version: 1,
      kind: "AUTHORISED",
      decisionDate: today,
      authorisedWeeklyHours: 10,
      conditions: "",
      validUntil: addDays(today, 900),
      nextReviewDate: addDays(today, 250),
      refusalReason: "",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { validUntil: ["validTwoYears"], nextReviewDate: ["reviewWithinSixMonths"] },
    });
  });

  it("tells the user which rule about the whole form refused the change, not only that fields need attention", async () => {
    const { coordinator, physician, member } = await makeCaseTeam(100);
    const questionnaire = await recordQuestionnaireSent(
      { periodId: member.periodId, sentDate: addDays(today, -5) },
      await actorOf(coordinator),
    );
    session.user = await sessionOf(physician);
    expect(await markQuestionnaireReadAction({ questionnaireId: questionnaire.id })).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "validation.questionnaireNotReturned",
      fieldErrors: { _form: ["questionnaireNotReturned"] },
    });
    const unread = await getDb().questionnaire.findUniqueOrThrow({ where: { id: questionnaire.id } });
    expect(unread.physicianReadAt).toBeNull();
  });
});
