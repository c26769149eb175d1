// Referrals' failure paths: a coordinator of another team gets NOT_FOUND (ADR 005), a stale version a
// CONFLICT, and a broken rule its field error (V11 consent, an active trajectory, an answer after the
// sending) — and none of them writes anything: the rows stay as they were and no audit row is added.
import { describe, it } from "vitest";

import { recordConsent } from "@/lib/consents/mutations";
import { addDays, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import type { MemberContext } from "@/lib/members/context";
import { createReferral, updateReferral } from "@/lib/referrals/mutations";
import { startTrajectory, transitionTrajectory } from "@/lib/trajectories/mutations";
import { actorOf, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

import { expectRefused } from "../../tests/support/audit";

const today = todayInBrussels();
const ago = (days: number) => addDays(today, -days);

/** A trajectory of a member of the coordinator's, moved on to `status` (ACTIVE: invited and first contact). */
async function trajectoryOf(c: MemberContext, memberId: string, status: "REFERRED" | "ACTIVE") {
  const { id } = await startTrajectory(
    { memberId, initiative: "MEMBER", referredDate: ago(40), goAheadDate: "", coordinatorId: "" },
    c,
  );
  const version = async () => (await getDb().trajectory.findUniqueOrThrow({ where: { id } })).version;
  if (status === "ACTIVE") {
    await transitionTrajectory(
      { trajectoryId: id, version: await version(), to: "INVITED", invitedDate: ago(35) },
      c,
    );
    await transitionTrajectory(
      { trajectoryId: id, version: await version(), to: "ACTIVE", firstContactDate: ago(30) },
      c,
    );
  }
  return id;
}

/** A member in an active trajectory, with consent for the occupational physician and one referral, sent. */
async function referralCase() {
  const coordinator = await makeUser("COORDINATOR");
  const c = await actorOf(coordinator);
  const member = await makeMemberInIncapacity(coordinator, 150);
  const trajectoryId = await trajectoryOf(c, member.id, "ACTIVE");
  await recordConsent(
    {
      trajectoryId,
      party: "OCCUPATIONAL_PHYSICIAN",
      partyName: "Mensura",
      purposeCode: "PRE_RETURN_VISIT",
      purpose: "",
      givenDate: ago(25),
    },
    c,
  );
  const referral = await createReferral(
    {
      trajectoryId,
      target: "OCCUPATIONAL_PHYSICIAN",
      organisation: "Mensura",
      sentDate: ago(20),
      expectedResponseDate: "",
    },
    c,
  );
  const outsider = await actorOf(await makeUser("COORDINATOR"));
  return { coordinator, c, member, trajectoryId, referralId: referral.id, outsider };
}

/** Everything a referral mutation may write: the member's referrals, as rows. */
const referralsOf = (memberId: string) =>
  getDb().referral.findMany({ where: { memberId }, orderBy: { createdAt: "asc" } });

type Case = Awaited<ReturnType<typeof referralCase>>;

const answer = (referralId: string, version: number) => ({
  referralId,
  version,
  status: "ACCEPTED" as const,
  responseDate: ago(10),
  outcomeNote: "Visit planned",
});

const cases: {
  name: string;
  expected: Record<string, unknown>;
  /** Runs first, and may write (someone else's change). */
  prepare?: (x: Case) => Promise<unknown>;
  run: (x: Case) => Promise<unknown>;
}[] = [
  {
    name: "createReferral by a coordinator of another team",
    expected: { code: "NOT_FOUND" },
    run: (x) =>
      createReferral(
        {
          trajectoryId: x.trajectoryId,
          target: "OCCUPATIONAL_PHYSICIAN",
          organisation: "",
          sentDate: ago(5),
          expectedResponseDate: "",
        },
        x.outsider,
      ),
  },
  {
    name: "updateReferral by a coordinator of another team",
    expected: { code: "NOT_FOUND" },
    run: (x) => updateReferral(answer(x.referralId, 1), x.outsider),
  },
  {
    name: "updateReferral with a version someone else already changed",
    expected: { code: "CONFLICT" },
    // A colleague answered first: the row is at version 2, the user's form still says 1.
    prepare: (x) => updateReferral(answer(x.referralId, 1), x.c),
    run: (x) => updateReferral({ ...answer(x.referralId, 1), status: "DECLINED" }, x.c),
  },
  {
    name: "createReferral without the member's consent for that party (V11)",
    expected: {
      code: "VALIDATION",
      messageKey: "consentRequired",
      fieldErrors: { target: ["consentRequired"] },
    },
    run: (x) =>
      createReferral(
        {
          trajectoryId: x.trajectoryId,
          target: "VDAB",
          organisation: "",
          sentDate: ago(5),
          expectedResponseDate: "",
        },
        x.c,
      ),
  },
  {
    name: "createReferral with an expected response before the sending",
    expected: { code: "VALIDATION", fieldErrors: { expectedResponseDate: ["beforeSent"] } },
    run: (x) =>
      createReferral(
        {
          trajectoryId: x.trajectoryId,
          target: "OCCUPATIONAL_PHYSICIAN",
          organisation: "",
          sentDate: ago(5),
          expectedResponseDate: ago(6),
        },
        x.c,
      ),
  },
  {
    name: "updateReferral with a response before the referral was sent",
    expected: { code: "VALIDATION", fieldErrors: { responseDate: ["beforeSent"] } },
    run: (x) => updateReferral({ ...answer(x.referralId, 1), responseDate: ago(21) }, x.c),
  },
];

describe("referral mutations that must fail", () => {
  for (const { name, expected, prepare, run } of cases) {
    it(`${name}: ${String(expected.code)}, nothing written`, async () => {
      const x = await referralCase();
      await prepare?.(x);
      await expectRefused(
        () => run(x),
        expected,
        () => referralsOf(x.member.id),
      );
    });
  }

  it("refuses a referral in a trajectory that is not active, and writes nothing", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const c = await actorOf(coordinator);
    const member = await makeMemberInIncapacity(coordinator, 150);
    const trajectoryId = await trajectoryOf(c, member.id, "REFERRED");
    await expectRefused(
      () =>
        createReferral(
          {
            trajectoryId,
            target: "ADVISING_PHYSICIAN",
            organisation: "",
            sentDate: ago(5),
            expectedResponseDate: "",
          },
          c,
        ),
      { code: "VALIDATION", fieldErrors: { _form: ["referralNeedsActiveTrajectory"] } },
      () => referralsOf(member.id),
    );
  });

  it("answers NOT_FOUND for a referral or trajectory that does not exist", async () => {
    const { c, member } = await referralCase();
    const missing = "0190aaaa-0000-7000-8000-000000000000";
    await expectRefused(
      () => updateReferral(answer(missing, 1), c),
      { code: "NOT_FOUND" },
      () => referralsOf(member.id),
    );
    await expectRefused(
      () =>
        createReferral(
          {
            trajectoryId: missing,
            target: "ADVISING_PHYSICIAN",
            organisation: "",
            sentDate: ago(5),
            expectedResponseDate: "",
          },
          c,
        ),
      { code: "NOT_FOUND" },
      () => referralsOf(member.id),
    );
  });
});
