// Work adjustments' failure paths: a coordinator of another team gets NOT_FOUND (ADR 005), a stale version a
// CONFLICT, and a broken rule its field error (V11 employer consent, a decision before the request) — and
// none of them writes anything: the rows stay as they were and no audit row is added.
import { describe, it } from "vitest";

import { decideAdjustment, requestAdjustment } from "@/lib/adjustments/mutations";
import type { TDecideAdjustment } from "@/lib/adjustments/schemas";
import { recordConsent } from "@/lib/consents/mutations";
import { addDays, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import type { MemberContext } from "@/lib/members/context";
import { startTrajectory, transitionTrajectory } from "@/lib/trajectories/mutations";
import { actorOf, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

import { expectRefused } from "../../tests/support/audit";

const today = todayInBrussels();
const ago = (days: number) => addDays(today, -days);

/** An active trajectory (invited, first contact) of a member of the coordinator's. */
async function activeTrajectoryOf(c: MemberContext, memberId: string) {
  const { id } = await startTrajectory(
    { memberId, initiative: "MEMBER", referredDate: ago(40), goAheadDate: "", coordinatorId: "" },
    c,
  );
  const version = async () => (await getDb().trajectory.findUniqueOrThrow({ where: { id } })).version;
  await transitionTrajectory(
    { trajectoryId: id, version: await version(), to: "INVITED", invitedDate: ago(35) },
    c,
  );
  await transitionTrajectory(
    { trajectoryId: id, version: await version(), to: "ACTIVE", firstContactDate: ago(30) },
    c,
  );
  return id;
}

/** A member in an active trajectory, with the employer's consent and one adjustment requested of it. */
async function adjustmentCase() {
  const coordinator = await makeUser("COORDINATOR");
  const c = await actorOf(coordinator);
  const member = await makeMemberInIncapacity(coordinator, 150);
  const trajectoryId = await activeTrajectoryOf(c, member.id);
  await recordConsent(
    {
      trajectoryId,
      party: "EMPLOYER",
      partyName: "",
      purposeCode: "RETURN_TO_WORK",
      purpose: "",
      givenDate: ago(25),
    },
    c,
  );
  const adjustment = await requestAdjustment(
    { trajectoryId, employerId: "", type: "HOURS", description: "Four-hour days", requestedDate: ago(20) },
    c,
  );
  const outsider = await actorOf(await makeUser("COORDINATOR"));
  return { c, member, trajectoryId, adjustmentId: adjustment.id, outsider };
}

type Case = Awaited<ReturnType<typeof adjustmentCase>>;

/** Everything an adjustment mutation may write: the member's adjustments, as rows. */
const adjustmentsOf = (memberId: string) =>
  getDb().workAdjustment.findMany({ where: { memberId }, orderBy: { createdAt: "asc" } });

const granted = (adjustmentId: string, version: number): TDecideAdjustment => ({
  adjustmentId,
  version,
  status: "GRANTED",
  decidedDate: ago(10),
  refusalReason: "",
  explanationGiven: "",
  motivatedReportDate: "",
});

const cases: {
  name: string;
  expected: Record<string, unknown>;
  /** Runs first, and may write (someone else's change). */
  prepare?: (x: Case) => Promise<unknown>;
  run: (x: Case) => Promise<unknown>;
}[] = [
  {
    name: "requestAdjustment by a coordinator of another team",
    expected: { code: "NOT_FOUND" },
    run: (x) =>
      requestAdjustment(
        {
          trajectoryId: x.trajectoryId,
          employerId: "",
          type: "TELEWORK",
          description: "Two days at home",
          requestedDate: ago(5),
        },
        x.outsider,
      ),
  },
  {
    name: "decideAdjustment by a coordinator of another team",
    expected: { code: "NOT_FOUND" },
    run: (x) => decideAdjustment(granted(x.adjustmentId, 1), x.outsider),
  },
  {
    name: "decideAdjustment with a version someone else already changed",
    expected: { code: "CONFLICT" },
    // A colleague recorded the employer's answer first: the row is at version 2, this form still says 1.
    prepare: (x) => decideAdjustment(granted(x.adjustmentId, 1), x.c),
    run: (x) =>
      decideAdjustment(
        {
          ...granted(x.adjustmentId, 1),
          status: "REFUSED",
          refusalReason: "TOO_EXPENSIVE",
          explanationGiven: "no",
        },
        x.c,
      ),
  },
  {
    name: "decideAdjustment dated before the request",
    expected: { code: "VALIDATION", fieldErrors: { decidedDate: ["decidedBeforeRequested"] } },
    run: (x) => decideAdjustment({ ...granted(x.adjustmentId, 1), decidedDate: ago(21) }, x.c),
  },
];

describe("work-adjustment mutations that must fail", () => {
  for (const { name, expected, prepare, run } of cases) {
    it(`${name}: ${String(expected.code)}, nothing written`, async () => {
      const x = await adjustmentCase();
      await prepare?.(x);
      await expectRefused(
        () => run(x),
        expected,
        () => adjustmentsOf(x.member.id),
      );
    });
  }

  it("refuses to ask the employer without the member's consent (V11), and writes nothing", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const c = await actorOf(coordinator);
    const member = await makeMemberInIncapacity(coordinator, 150);
    const trajectoryId = await activeTrajectoryOf(c, member.id);
    await expectRefused(
      () =>
        requestAdjustment(
          { trajectoryId, employerId: "", type: "HOURS", description: "Shorter days", requestedDate: ago(5) },
          c,
        ),
      { code: "VALIDATION", messageKey: "consentRequired", fieldErrors: { employerId: ["consentRequired"] } },
      () => adjustmentsOf(member.id),
    );
  });
});
