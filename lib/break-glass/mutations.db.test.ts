import { describe, expect, it } from "vitest";

import { openWithPurpose } from "@/lib/break-glass/mutations";
import { canOpenWithPurpose } from "@/lib/break-glass/queries";
import { todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { getMemberHeader } from "@/lib/members/queries";
import { actorOf, makeMember } from "@/prisma/domain-factories";
import { makeTeam, makeUser } from "@/prisma/factories";

import { expectOneAuditRow, failureOf } from "../../tests/support/audit";

describe("break-glass access", () => {
  it("opens a member of another team for the day after a stated purpose, audited", async () => {
    const owner = await makeUser("COORDINATOR");
    const member = await makeMember(owner);
    const outsider = await actorOf(await makeUser("COORDINATOR"));
    expect(await getMemberHeader(outsider.actor, member.id, todayInBrussels())).toBeNull();
    expect(await canOpenWithPurpose(outsider.actor, member.id)).toBe(true);
    const { audit } = await expectOneAuditRow(() =>
      openWithPurpose({ memberId: member.id, purpose: "Covering for a colleague on leave" }, outsider),
    );
    expect(audit).toMatchObject({
      action: "BREAK_GLASS",
      memberId: member.id,
      purpose: "Covering for a colleague on leave",
      actorId: outsider.actor.id,
    });
    // The header opened is this member's, still in the owner's team and caseload.
    expect(await getMemberHeader(outsider.actor, member.id, todayInBrussels())).toMatchObject({
      id: member.id,
      insz: member.insz,
      firstName: member.firstName,
      lastName: member.lastName,
      team: { id: owner.teamId },
      coordinator: { id: owner.id },
    });
    // Once the access has expired, the member is out of reach again.
    await getDb().breakGlassAccess.updateMany({
      where: { userId: outsider.actor.id },
      data: { createdAt: new Date(Date.now() - 7200_000), expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await getMemberHeader(outsider.actor, member.id, todayInBrussels())).toBeNull();
  });

  it("is not offered to managers or admins, and needs a real purpose", async () => {
    const owner = await makeUser("COORDINATOR");
    const member = await makeMember(owner);
    const manager = await actorOf(await makeUser("MANAGER"));
    expect(await canOpenWithPurpose(manager.actor, member.id)).toBe(false);
    expect(
      (
        await failureOf(() =>
          openWithPurpose({ memberId: member.id, purpose: "Curious about this file" }, manager),
        )
      ).code,
    ).toBe("FORBIDDEN");
    // A physician of another region does not see the member either, until they state a purpose.
    const walloon = await actorOf(
      await makeUser("ADVISING_PHYSICIAN", { teamId: (await makeTeam({ region: "WALLONIA" })).id }),
    );
    expect(walloon.actor.region).toBe("WALLONIA");
    expect(await getMemberHeader(walloon.actor, member.id, todayInBrussels())).toBeNull();
    expect(await canOpenWithPurpose(walloon.actor, member.id)).toBe(true);
    // The database refuses a purpose of fewer than 10 characters.
    await expect(
      getDb().breakGlassAccess.create({
        data: {
          userId: walloon.actor.id,
          memberId: member.id,
          purpose: "short",
          expiresAt: new Date(Date.now() + 60_000),
        },
      }),
    ).rejects.toThrow(/BreakGlassAccess_purpose_present/);
  });
});
