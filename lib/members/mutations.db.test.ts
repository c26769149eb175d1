import { describe, expect, it } from "vitest";

import { todayInBrussels } from "@/lib/dates";
import { mapDatabaseError } from "@/lib/database/errors";
import { getDb } from "@/lib/db";
import { createMember, reassignMember, updateMember } from "@/lib/members/mutations";
import { findDuplicateMembers, getMemberHeader } from "@/lib/members/queries";
import { makeInsz } from "@/lib/members/rules";
import { ZUpdateMemberSchema } from "@/lib/members/schemas";
import { actorOf, makeMember } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

import { expectOneAuditRow, failureOf } from "../../tests/support/audit";

async function editInput(memberId: string, changes: Record<string, unknown> = {}) {
  const m = await getDb().member.findUniqueOrThrow({ where: { id: memberId } });
  return ZUpdateMemberSchema.parse({
    id: m.id,
    version: m.version,
    insz: m.insz,
    externalId: m.externalId ?? "",
    firstName: m.firstName,
    lastName: m.lastName,
    birthDate: m.birthDate.toISOString().slice(0, 10),
    sex: m.sex,
    language: m.language,
    region: m.region,
    postalCode: m.postalCode,
    municipality: m.municipality ?? "",
    address: "",
    phone: "",
    email: "",
    statute: m.statute,
    workType: m.workType ?? "",
    workRegime: m.workRegime ?? "",
    referenceWeeklyHours: m.referenceWeeklyHours ? Number(m.referenceWeeklyHours) : undefined,
    sector: m.sector ?? "",
    employerId: m.employerId ?? "",
    ...changes,
  });
}

describe("members", () => {
  it("registers a member in the coordinator's team and caseload, with one audit row", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const { audit, result } = await expectOneAuditRow(() => makeMember(coordinator));
    expect(audit).toMatchObject({
      action: "CREATE",
      entity: "Member",
      memberId: result.id,
      actorId: coordinator.id,
    });
    const row = await getDb().member.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.teamId).toBe(coordinator.teamId);
    expect(row.coordinatorId).toBe(coordinator.id);
    expect(row.searchName).toBe(`${result.lastName.toLowerCase()} lotte`);
  });

  it("offers the existing file for the same INSZ instead of creating a second one", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const existing = await makeMember(coordinator);
    const colleague = await makeUser("COORDINATOR");
    const again = await createMember(
      {
        ...(await editInput(existing.id)),
        externalId: "",
        firstName: "Other",
        lastName: "Person",
        coordinatorId: "",
        confirmNotDuplicate: true,
      },
      await actorOf(colleague),
    );
    expect(again).toEqual({
      duplicates: [
        expect.objectContaining({
          id: existing.id,
          matchedOn: ["insz"],
          isInOwnScope: false,
          firstName: null,
          lastName: null,
          birthDate: null,
        }),
      ],
    });
  });

  it("offers a file with the same name and birth date unless the user confirms it is someone else", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const existing = await makeMember(coordinator, { birthDate: "1970-04-04" });
    const twin = {
      insz: makeInsz("1970-04-04", 555),
      externalId: "",
      firstName: "Lotte",
      lastName: existing.lastName,
      birthDate: "1970-04-04",
    };
    expect(await findDuplicateMembers((await actorOf(coordinator)).actor, twin)).toEqual([
      expect.objectContaining({ id: existing.id, matchedOn: ["nameAndBirthDate"], isInOwnScope: true }),
    ]);
    const refused = await createMember(
      { ...(await editInput(existing.id)), ...twin, coordinatorId: "", confirmNotDuplicate: false },
      await actorOf(coordinator),
    );
    expect("duplicates" in refused).toBe(true);
    const created = await createMember(
      { ...(await editInput(existing.id)), ...twin, coordinatorId: "", confirmNotDuplicate: true },
      await actorOf(coordinator),
    );
    expect("created" in created).toBe(true);
  });

  it("applies one of two edits made from the same version and answers CONFLICT to the other; nothing is lost", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMember(coordinator);
    const context = await actorOf(coordinator);
    const a = await editInput(member.id, { municipality: "Brugge", postalCode: "8000" });
    const b = await editInput(member.id, { municipality: "Aalst", postalCode: "9300" });
    const results = await Promise.allSettled([updateMember(a, context), updateMember(b, context)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      ((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as { code: string })
        .code,
    ).toBe("CONFLICT");
    const after = await getDb().member.findUniqueOrThrow({ where: { id: member.id } });
    expect([
      ["Brugge", "8000"],
      ["Aalst", "9300"],
    ]).toContainEqual([after.municipality, after.postalCode]);
    expect(after.version).toBe(a.version + 1);
  });

  it("hides a member from a coordinator of another team, for reading and for writing", async () => {
    const owner = await makeUser("COORDINATOR");
    const outsider = await makeUser("COORDINATOR");
    const member = await makeMember(owner);
    const context = await actorOf(outsider);
    expect(await getMemberHeader(context.actor, member.id, todayInBrussels())).toBeNull();
    expect(
      (await failureOf(async () => updateMember(await editInput(member.id, { municipality: "X" }), context)))
        .code,
    ).toBe("NOT_FOUND");
    expect((await getDb().member.findUniqueOrThrow({ where: { id: member.id } })).municipality).toBe("Gent");
  });

  it("checks the INSZ against the birth date and the postal code against the region", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMember(coordinator);
    const parsed = ZUpdateMemberSchema.safeParse({
      ...(await editInput(member.id)),
      birthDate: "1950-01-01",
      postalCode: "1000",
    });
    // Exactly these two problems, each on its field (and no issue at all would be a success: red).
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["insz", "insz.birthDate"],
      ["region", "regionMismatch"],
    ]);
  });

  it("holds the postal-code and INSZ format rules in the database too", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMember(coordinator);
    const error = await failureOf(() =>
      getDb().member.update({ where: { id: member.id }, data: { postalCode: "999" } }),
    );
    expect(mapDatabaseError(error)?.fieldErrors).toEqual({ postalCode: ["postalCode"] });
    const inszError = await failureOf(() =>
      getDb().member.update({ where: { id: member.id }, data: { insz: "12345" } }),
    );
    expect(mapDatabaseError(inszError)?.fieldErrors).toEqual({ insz: ["insz.format"] });
  });

  it("lets a manager of the team reassign a member to another coordinator of the team, audited", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const colleague = await makeUser("COORDINATOR", { teamId: coordinator.teamId! });
    const manager = await makeUser("MANAGER", { teamId: coordinator.teamId! });
    const member = await makeMember(coordinator);
    const { version } = await getDb().member.findUniqueOrThrow({ where: { id: member.id } });
    const { audit } = await expectOneAuditRow(async () =>
      reassignMember({ memberId: member.id, version, coordinatorId: colleague.id }, await actorOf(manager)),
    );
    expect(audit).toMatchObject({
      purpose: "reassignment",
      changes: { coordinatorId: { before: coordinator.id, after: colleague.id } },
    });
    expect((await getDb().member.findUniqueOrThrow({ where: { id: member.id } })).coordinatorId).toBe(
      colleague.id,
    );
  });

  it("refuses to reassign to a coordinator of another team", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const stranger = await makeUser("COORDINATOR");
    const member = await makeMember(coordinator);
    const { version } = await getDb().member.findUniqueOrThrow({ where: { id: member.id } });
    const error = await failureOf(async () =>
      reassignMember(
        { memberId: member.id, version, coordinatorId: stranger.id },
        await actorOf(coordinator),
      ),
    );
    expect(error.fieldErrors).toEqual({ coordinatorId: ["coordinatorNotInTeam"] });
  });

  it("answers NOT_FOUND to a manager of another team and to a physician, and changes nothing", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const colleague = await makeUser("COORDINATOR", { teamId: coordinator.teamId! });
    const member = await makeMember(coordinator);
    const { version } = await getDb().member.findUniqueOrThrow({ where: { id: member.id } });
    const outsiders = [await makeUser("MANAGER"), await makeUser("ADVISING_PHYSICIAN")];
    for (const outsider of outsiders) {
      const error = await failureOf(async () =>
        reassignMember(
          { memberId: member.id, version, coordinatorId: colleague.id },
          await actorOf(outsider),
        ),
      );
      expect(error.code, outsider.role).toBe("NOT_FOUND");
    }
    const after = await getDb().member.findUniqueOrThrow({ where: { id: member.id } });
    expect(after).toMatchObject({ coordinatorId: coordinator.id, version });
  });
});
