import { describe, expect, it } from "vitest";

import { assessCapacity } from "@/lib/capacity/mutations";
import type { TAssessCapacity } from "@/lib/capacity/schemas";
import { addDays, fromDbDate, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { registerPeriod } from "@/lib/incapacity/mutations";
import { startTrajectory } from "@/lib/trajectories/mutations";
import { actorOf, makeCaseTeam, makeMember } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

import { expectOneAuditRow, failureOf } from "../../tests/support/audit";

const today = todayInBrussels();
const ago = (days: number) => addDays(today, -days);

const assessment = (periodId: string, overrides: Partial<TAssessCapacity> = {}): TAssessCapacity => ({
  periodId,
  category: 4,
  assessedDate: ago(10),
  functionalLimitations: "No lifting over 5 kg.",
  medicalNotes: "",
  nextReviewDate: "",
  referToCoordinator: true,
  goAheadDate: ago(8),
  coordinatorId: "",
  ...overrides,
});

/** What a refused assessment could have written for the member. */
async function writtenFor(memberId: string) {
  const db = getDb();
  return {
    assessments: await db.capacityAssessment.count({ where: { memberId } }),
    trajectories: await db.trajectory.count({ where: { memberId } }),
    audit: (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id,
  };
}

describe("assessCapacity with a go-ahead", () => {
  it("opens a trajectory on the physician's initiative, referred on the go-ahead date", async () => {
    const { coordinator, physician, member } = await makeCaseTeam(120);
    const result = await assessCapacity(assessment(member.periodId), await actorOf(physician));
    const trajectory = await getDb().trajectory.findUniqueOrThrow({ where: { id: result.trajectoryId! } });
    expect(trajectory).toMatchObject({
      initiative: "ADVISING_PHYSICIAN",
      status: "REFERRED",
      periodId: member.periodId,
      coordinatorId: coordinator.id,
    });
    expect(fromDbDate(trajectory.referredDate)).toBe(ago(8));
    expect(fromDbDate(trajectory.goAheadDate)).toBe(ago(8));
  });

  it("is refused without an open incapacity period, and writes neither the assessment nor a trajectory", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const physician = await actorOf(await makeUser("ADVISING_PHYSICIAN"));
    const member = await makeMember(coordinator);
    const period = await registerPeriod(
      {
        memberId: member.id,
        startDate: ago(100),
        endDate: ago(5),
        endReason: "FULL_RETURN",
        declarationDate: ago(100),
        continuePrevious: false,
      },
      await actorOf(coordinator),
    );
    const before = await writtenFor(member.id);
    const error = await failureOf(() => assessCapacity(assessment(period.id), physician));
    expect(error.fieldErrors).toEqual({ _form: ["trajectoryNeedsIncapacity"] });
    expect(await writtenFor(member.id)).toEqual(before);
    // Without the go-ahead the same assessment of the ended period is recorded.
    await expectOneAuditRow(() =>
      assessCapacity(assessment(period.id, { referToCoordinator: false, goAheadDate: "" }), physician),
    );
  });

  it("is refused with a go-ahead before the member's open period started, writing nothing", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const physician = await actorOf(await makeUser("ADVISING_PHYSICIAN"));
    const c = await actorOf(coordinator);
    const member = await makeMember(coordinator);
    const base = { memberId: member.id, declarationDate: "", continuePrevious: false };
    const old = await registerPeriod(
      { ...base, startDate: ago(300), endDate: ago(200), endReason: "FULL_RETURN" },
      c,
    );
    await registerPeriod({ ...base, startDate: ago(30), endDate: "", endReason: "" }, c);
    const before = await writtenFor(member.id);
    const error = await failureOf(() =>
      assessCapacity(assessment(old.id, { assessedDate: ago(250), goAheadDate: ago(240) }), physician),
    );
    expect(error.fieldErrors).toEqual({ goAheadDate: ["beforePeriodStart"] });
    expect(await writtenFor(member.id)).toEqual(before);
  });

  it("records the go-ahead on a trajectory already open, as a versioned update", async () => {
    const { coordinator, physician, member } = await makeCaseTeam(120);
    const { id } = await startTrajectory(
      {
        memberId: member.id,
        initiative: "MEMBER",
        referredDate: ago(20),
        goAheadDate: "",
        coordinatorId: "",
      },
      await actorOf(coordinator),
    );
    const result = await assessCapacity(assessment(member.periodId), await actorOf(physician));
    expect(result.trajectoryId).toBe(id);
    const stored = await getDb().trajectory.findUniqueOrThrow({ where: { id } });
    expect(fromDbDate(stored.goAheadDate)).toBe(ago(8));
    expect(stored).toMatchObject({ version: 2, updatedById: physician.id, initiative: "MEMBER" });
  });
});
