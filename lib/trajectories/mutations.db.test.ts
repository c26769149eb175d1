import { describe, expect, it } from "vitest";

import { addDays, fromDbDate, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import type { MemberContext } from "@/lib/members/context";
import { startTrajectory, transitionTrajectory } from "@/lib/trajectories/mutations";
import { actorOf, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

import { expectOneAuditRow, failureOf } from "../../tests/support/audit";

const today = todayInBrussels();
const ago = (days: number) => addDays(today, -days);

/** Everything a refused change could have written: the trajectory, its history and the audit trail. */
async function snapshot(trajectoryId: string) {
  const db = getDb();
  return {
    trajectory: await db.trajectory.findUniqueOrThrow({ where: { id: trajectoryId } }),
    transitions: await db.trajectoryTransition.count({ where: { trajectoryId } }),
    audit: (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id,
  };
}

/** A member whose trajectory was invited 25 days ago and became active at a first contact 20 days ago. */
async function activeTrajectory() {
  const coordinator = await makeUser("COORDINATOR");
  const member = await makeMemberInIncapacity(coordinator, 60);
  const c = await actorOf(coordinator);
  const { id } = await startTrajectory(
    { memberId: member.id, initiative: "MEMBER", referredDate: ago(30), goAheadDate: "", coordinatorId: "" },
    c,
  );
  await transitionTrajectory({ trajectoryId: id, version: 1, to: "INVITED", invitedDate: ago(25) }, c);
  await transitionTrajectory({ trajectoryId: id, version: 2, to: "ACTIVE", firstContactDate: ago(20) }, c);
  return { coordinator, member, c, id };
}

const close = (id: string, version: number, c: MemberContext) =>
  transitionTrajectory(
    {
      trajectoryId: id,
      version,
      to: "CLOSED",
      invitedDate: ago(1),
      firstContactDate: ago(2),
      endDate: ago(5),
      stopReason: "RESUMED_FULLY",
      outcome: "BACK_AT_WORK",
      endNote: "Back in her own job",
    },
    c,
  );

describe("transitionTrajectory", () => {
  it("records a closing under its end date and ignores the other steps' dates it carries", async () => {
    const { c, id } = await activeTrajectory();
    const { audit } = await expectOneAuditRow(() => close(id, 3, c));
    const stored = await getDb().trajectory.findUniqueOrThrow({
      where: { id },
      include: { transitions: { orderBy: { createdAt: "asc" } } },
    });
    expect(stored).toMatchObject({ status: "CLOSED", stopReason: "RESUMED_FULLY", outcome: "BACK_AT_WORK" });
    expect(fromDbDate(stored.endDate)).toBe(ago(5));
    expect(fromDbDate(stored.invitedDate)).toBe(ago(25));
    expect(fromDbDate(stored.firstContactDate)).toBe(ago(20));
    const last = stored.transitions.at(-1)!;
    expect(last).toMatchObject({ fromStatus: "ACTIVE", toStatus: "CLOSED", note: "Back in her own job" });
    expect(fromDbDate(last.date)).toBe(ago(5));
    expect(Object.keys(audit.changes as object)).not.toContain("invitedDate");
    expect(Object.keys(audit.changes as object)).not.toContain("firstContactDate");
  });

  it("enters ACTIVE with the first contact, recorded under its date", async () => {
    const { id } = await activeTrajectory();
    const stored = await getDb().trajectory.findUniqueOrThrow({
      where: { id },
      include: { transitions: { orderBy: { createdAt: "asc" } } },
    });
    expect(stored.status).toBe("ACTIVE");
    expect(fromDbDate(stored.firstContactDate)).toBe(ago(20));
    expect(stored.endDate).toBeNull();
    const last = stored.transitions.at(-1)!;
    expect(last).toMatchObject({ fromStatus: "INVITED", toStatus: "ACTIVE" });
    expect(fromDbDate(last.date)).toBe(ago(20));
  });

  it("answers CONFLICT to a stale version and writes nothing", async () => {
    const { c, id } = await activeTrajectory();
    const before = await snapshot(id);
    expect((await failureOf(() => close(id, 2, c))).code).toBe("CONFLICT");
    expect(await snapshot(id)).toEqual(before);
  });

  it("answers NOT_FOUND to a coordinator of another team and writes nothing", async () => {
    const { id } = await activeTrajectory();
    const stranger = await actorOf(await makeUser("COORDINATOR"));
    const before = await snapshot(id);
    expect((await failureOf(() => close(id, 3, stranger))).code).toBe("NOT_FOUND");
    expect(await snapshot(id)).toEqual(before);
  });
});

describe("startTrajectory", () => {
  it("refuses a referral before the incapacity started, or without an open period, writing nothing", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMemberInIncapacity(coordinator, 20);
    const c = await actorOf(coordinator);
    const auditBefore = (await getDb().auditEvent.aggregate({ _max: { id: true } }))._max.id;
    const start = (memberId: string, referredDate: string) =>
      failureOf(() =>
        startTrajectory(
          { memberId, initiative: "TEAM", referredDate, goAheadDate: "", coordinatorId: "" },
          c,
        ),
      );
    expect((await start(member.id, ago(21))).fieldErrors).toEqual({ referredDate: ["beforePeriodStart"] });
    await getDb().incapacityPeriod.update({
      where: { id: member.periodId },
      data: { endDate: new Date(`${ago(2)}T00:00:00Z`), endReason: "FULL_RETURN" },
    });
    expect((await start(member.id, ago(5))).fieldErrors).toEqual({ _form: ["trajectoryNeedsIncapacity"] });
    expect(await getDb().trajectory.count({ where: { memberId: member.id } })).toBe(0);
    expect((await getDb().auditEvent.aggregate({ _max: { id: true } }))._max.id).toBe(auditBefore);
  });
});
