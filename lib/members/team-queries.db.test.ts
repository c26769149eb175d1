// The team page (reassignment) and the intake helpers: who may list a team's members, what each coordinator
// carries, keyset pages, and the reason parts of the caseload's next deadline.
import { describe, expect, it } from "vitest";

import { assessCapacity } from "@/lib/capacity/mutations";
import { findCaseload } from "@/lib/caseload/queries";
import { ZCaseloadFilterSchema } from "@/lib/caseload/schemas";
import { addDays, todayInBrussels } from "@/lib/dates";
import { reasonFor } from "@/lib/deadlines/reasons";
import { getDb } from "@/lib/db";
import { proposeRelapse } from "@/lib/incapacity/queries";
import { endPeriod, updatePeriodMedical } from "@/lib/incapacity/mutations";
import { findMedicalKeys } from "@/lib/medical/access";
import { reassignMember } from "@/lib/members/mutations";
import { findDuplicateMembers, findTeamCaseloads, findTeamMembers } from "@/lib/members/queries";
import { ZTeamMemberFilterSchema } from "@/lib/members/schemas";
import { actorOf, makeMember, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

const today = todayInBrussels();

describe("the team page", () => {
  it("lists the team's members by coordinator for its coordinators and manager, nobody else's", async () => {
    const anna = await makeUser("COORDINATOR", { name: "Anna" });
    const bert = await makeUser("COORDINATOR", { teamId: anna.teamId!, name: "Bert" });
    const manager = await makeUser("MANAGER", { teamId: anna.teamId! });
    const outsider = await makeUser("MANAGER");
    const physician = await makeUser("ADVISING_PHYSICIAN", { teamId: anna.teamId! });
    const a1 = await makeMemberInIncapacity(anna, 150, { lastName: "Aerts", firstName: "Ann" });
    // Medical values on Ann's file, so a leak into the team page would show.
    const p = await actorOf(physician);
    await updatePeriodMedical(
      {
        periodId: a1.periodId,
        version: 1,
        diagnosisGroup: "MENTAL",
        certificateContent: "Recurrent depressive episode.",
      },
      p,
    );
    await assessCapacity(
      {
        periodId: a1.periodId,
        category: 3,
        assessedDate: addDays(today, -20),
        functionalLimitations: "Mornings only.",
        medicalNotes: "Sertraline adjusted last week.",
        nextReviewDate: "",
        referToCoordinator: false,
        goAheadDate: "",
        coordinatorId: "",
      },
      p,
    );
    const a2 = await makeMember(anna, { lastName: "Claes", firstName: "Cis" });
    const b1 = await makeMember(bert, { lastName: "Baert", firstName: "Bo" });

    const m = (await actorOf(manager)).actor;
    const all = await findTeamMembers(m, ZTeamMemberFilterSchema.parse({}));
    expect(all.items.map((r) => r.lastName)).toEqual(["Aerts", "Baert", "Claes"]);
    expect(all.items[1]).toMatchObject({ id: b1.id, coordinator: { id: bert.id, name: "Bert" } });
    // Identity and coordinator only: nothing medical (ADR 008) — no medical key, no medical value.
    expect(findMedicalKeys(all)).toEqual([]);
    const serialised = JSON.stringify(all);
    expect(serialised).not.toContain('"MENTAL"');
    expect(serialised).not.toContain("Recurrent depressive episode.");
    expect(serialised).not.toContain("Sertraline");
    expect(
      (await findTeamMembers(m, ZTeamMemberFilterSchema.parse({ coordinatorId: anna.id }))).items.map(
        (r) => r.id,
      ),
    ).toEqual([a1.id, a2.id]);
    expect(
      (await findTeamMembers(m, ZTeamMemberFilterSchema.parse({ q: "claës" }))).items.map((r) => r.id),
    ).toEqual([a2.id]);
    expect(
      (await findTeamMembers(m, ZTeamMemberFilterSchema.parse({ q: b1.insz }))).items.map((r) => r.id),
    ).toEqual([b1.id]);

    // One row a page still covers everyone exactly once.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await findTeamMembers(m, ZTeamMemberFilterSchema.parse({ cursor }), 1);
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([a1.id, b1.id, a2.id]);

    // Another team's manager and a physician (who reassigns nobody) see nothing.
    expect((await findTeamMembers((await actorOf(outsider)).actor, {})).items).toEqual([]);
    expect((await findTeamMembers((await actorOf(physician)).actor, {})).items).toEqual([]);
    expect(await findTeamCaseloads((await actorOf(physician)).actor)).toBeNull();

    expect(await findTeamCaseloads(m)).toMatchObject({
      coordinators: [
        { id: anna.id, memberCount: 2 },
        { id: bert.id, memberCount: 1 },
      ],
      unassignedCount: 0,
    });
  });

  it("counts a deactivated coordinator's members as unassigned until they are handed over", async () => {
    const anna = await makeUser("COORDINATOR");
    const bert = await makeUser("COORDINATOR", { teamId: anna.teamId! });
    const member = await makeMember(bert);
    await getDb().user.update({ where: { id: bert.id }, data: { isActive: false } });
    const a = await actorOf(anna);
    expect(await findTeamCaseloads(a.actor)).toMatchObject({
      coordinators: [{ id: anna.id, memberCount: 0 }],
      unassignedCount: 1,
    });
    const orphans = await findTeamMembers(a.actor, ZTeamMemberFilterSchema.parse({ coordinatorId: "none" }));
    expect(orphans.items.map((r) => r.id)).toEqual([member.id]);

    await reassignMember(
      { memberId: member.id, version: orphans.items[0]!.version, coordinatorId: anna.id },
      a,
    );
    expect(await findTeamCaseloads(a.actor)).toMatchObject({
      coordinators: [{ id: anna.id, memberCount: 1 }],
      unassignedCount: 0,
    });
  });
});

describe("intake helpers", () => {
  it("finds a duplicate by INSZ in another team without opening it", async () => {
    const owner = await makeUser("COORDINATOR");
    const member = await makeMember(owner);
    const other = await actorOf(await makeUser("COORDINATOR"));
    const matches = await findDuplicateMembers(other.actor, {
      insz: member.insz,
      externalId: "",
      firstName: "",
      lastName: "",
      birthDate: "",
    });
    expect(matches).toEqual([
      expect.objectContaining({ id: member.id, matchedOn: ["insz"], isInOwnScope: false }),
    ]);
  });

  it("proposes to continue a period that ended with a full return less than 14 days earlier (V4)", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMemberInIncapacity(coordinator, 100);
    const c = await actorOf(coordinator);
    const period = await getDb().incapacityPeriod.findUniqueOrThrow({ where: { id: member.periodId } });
    await endPeriod(
      {
        periodId: member.periodId,
        version: period.version,
        startDate: member.startDate,
        endDate: addDays(today, -20),
        endReason: "FULL_RETURN",
      },
      c,
    );
    expect(await proposeRelapse(c.actor, member.id, addDays(today, -10))).toMatchObject({
      previous: { id: member.periodId },
      verdict: { isContinuation: true, previousPhase: "PRIMARY", windowEnd: addDays(today, -6) },
    });
    expect(await proposeRelapse(c.actor, member.id, addDays(today, -2))).toMatchObject({
      verdict: { isContinuation: false, reason: "outsideWindow" },
    });
    // Another team's coordinator learns nothing.
    const stranger = await actorOf(await makeUser("COORDINATOR"));
    expect(await proposeRelapse(stranger.actor, member.id, addDays(today, -10))).toBeNull();
  });
});

describe("the caseload's next deadline", () => {
  it("carries what its reason sentence needs", async () => {
    const coordinator = await makeUser("COORDINATOR");
    // Day 80: the questionnaire (due day 63) is overdue and the next deadline.
    const member = await makeMemberInIncapacity(coordinator, 80);
    const c = await actorOf(coordinator);
    const [row] = (await findCaseload(c.actor, ZCaseloadFilterSchema.parse({}), today)).items;
    expect(row).toMatchObject({
      id: member.id,
      nextRule: "QUESTIONNAIRE_SENT",
      nextDueDate: addDays(member.startDate, 63),
      nextAnchorDate: member.startDate,
      nextVariant: "DEFAULT",
    });
    expect(
      reasonFor(
        {
          rule: "QUESTIONNAIRE_SENT",
          variant: "DEFAULT",
          anchorDate: row!.nextAnchorDate!,
          dueDate: row!.nextDueDate!,
        },
        "en",
      ),
    ).toMatch(/^Questionnaire to be sent in week 10: 63 days after the incapacity started on /);
  });
});
