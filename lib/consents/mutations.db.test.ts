// Consents' failure paths: a coordinator of another team gets NOT_FOUND (ADR 005), a stale version a
// CONFLICT, and a broken rule its field error (withdrawn twice, withdrawn before it was given) — and none of
// them writes anything: the rows stay as they were and no audit row is added.
import { describe, it } from "vitest";

import { recordConsent, withdrawConsent } from "@/lib/consents/mutations";
import { addDays, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { startTrajectory } from "@/lib/trajectories/mutations";
import { actorOf, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

import { expectRefused } from "../../tests/support/audit";

const today = todayInBrussels();
const ago = (days: number) => addDays(today, -days);

/** A member in a trajectory with one consent, given for the employer. */
async function consentCase() {
  const coordinator = await makeUser("COORDINATOR");
  const c = await actorOf(coordinator);
  const member = await makeMemberInIncapacity(coordinator, 150);
  const { id: trajectoryId } = await startTrajectory(
    { memberId: member.id, initiative: "MEMBER", referredDate: ago(40), goAheadDate: "", coordinatorId: "" },
    c,
  );
  const consent = await recordConsent(
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
  const outsider = await actorOf(await makeUser("COORDINATOR"));
  return { c, member, trajectoryId, consentId: consent.id, outsider };
}

type Case = Awaited<ReturnType<typeof consentCase>>;

/** Everything a consent mutation may write: the member's consents, as rows. */
const consentsOf = (memberId: string) =>
  getDb().consent.findMany({ where: { memberId }, orderBy: { createdAt: "asc" } });

const withdrawal = (consentId: string, version: number) => ({ consentId, version, withdrawnDate: ago(5) });

const cases: {
  name: string;
  expected: Record<string, unknown>;
  /** Runs first, and may write (someone else's change). */
  prepare?: (x: Case) => Promise<unknown>;
  run: (x: Case) => Promise<unknown>;
}[] = [
  {
    name: "recordConsent by a coordinator of another team",
    expected: { code: "NOT_FOUND" },
    run: (x) =>
      recordConsent(
        {
          trajectoryId: x.trajectoryId,
          party: "GTB",
          partyName: "",
          purposeCode: "OTHER",
          purpose: "Job coaching",
          givenDate: ago(5),
        },
        x.outsider,
      ),
  },
  {
    name: "withdrawConsent by a coordinator of another team",
    expected: { code: "NOT_FOUND" },
    run: (x) => withdrawConsent(withdrawal(x.consentId, 1), x.outsider),
  },
  {
    name: "withdrawConsent with a version someone else already changed",
    expected: { code: "CONFLICT" },
    // The only change a consent takes is its withdrawal, which the next case covers: here the row moved
    // on under the user (as a concurrent edit would) without being withdrawn.
    prepare: (x) =>
      getDb().consent.update({ where: { id: x.consentId }, data: { version: { increment: 1 } } }),
    run: (x) => withdrawConsent(withdrawal(x.consentId, 1), x.c),
  },
  {
    name: "withdrawConsent a second time",
    expected: { code: "VALIDATION", fieldErrors: { withdrawnDate: ["alreadyWithdrawn"] } },
    prepare: (x) => withdrawConsent(withdrawal(x.consentId, 1), x.c),
    // With the current version: not a conflict, the rule.
    run: (x) => withdrawConsent({ ...withdrawal(x.consentId, 2), withdrawnDate: ago(1) }, x.c),
  },
  {
    name: "withdrawConsent dated before it was given",
    expected: { code: "VALIDATION", fieldErrors: { withdrawnDate: ["withdrawnBeforeGiven"] } },
    run: (x) => withdrawConsent({ ...withdrawal(x.consentId, 1), withdrawnDate: ago(26) }, x.c),
  },
];

describe("consent mutations that must fail", () => {
  for (const { name, expected, prepare, run } of cases) {
    it(`${name}: ${String(expected.code)}, nothing written`, async () => {
      const x = await consentCase();
      await prepare?.(x);
      await expectRefused(
        () => run(x),
        expected,
        () => consentsOf(x.member.id),
      );
    });
  }
});
