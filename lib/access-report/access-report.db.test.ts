// The managers' access report: break-glass openings with their purpose, scoped to the manager's team
// (administrators see all), filtered and paged by keyset, newest first.
import { describe, expect, it } from "vitest";

import { findBreakGlassAccesses } from "@/lib/access-report/queries";
import { openWithPurpose } from "@/lib/break-glass/mutations";
import { getDb } from "@/lib/db";
import { actorOf, makeMember } from "@/prisma/domain-factories";
import { makeTeam, makeUser } from "@/prisma/factories";

describe("access report", () => {
  it("shows who opened which member outside their scope, when and why, to the right managers", async () => {
    const ghent = await makeTeam();
    const liege = await makeTeam({ region: "WALLONIA" });
    const owner = await makeUser("COORDINATOR", { teamId: ghent.id });
    const member = await makeMember(owner, { lastName: "Verhaegen" });
    const outsider = await makeUser("COORDINATOR", { teamId: liege.id, name: "Camille Outsider" });
    const physician = await makeUser("ADVISING_PHYSICIAN", { teamId: liege.id, name: "Dr Walloon" });
    await openWithPurpose(
      { memberId: member.id, purpose: "Member came to our desk in Liège" },
      await actorOf(outsider),
    );
    await openWithPurpose(
      { memberId: member.id, purpose: "Second opinion on the hours asked" },
      await actorOf(physician),
    );

    const ghentManager = { role: "MANAGER" as const, teamId: ghent.id };
    const liegeManager = { role: "MANAGER" as const, teamId: liege.id };
    const otherManager = { role: "MANAGER" as const, teamId: (await makeTeam()).id };
    const admin = { role: "ADMIN" as const, teamId: null };

    const forGhent = await findBreakGlassAccesses(ghentManager, {});
    expect(forGhent.items.map((row) => [row.user.name, row.purpose])).toEqual([
      ["Dr Walloon", "Second opinion on the hours asked"],
      ["Camille Outsider", "Member came to our desk in Liège"],
    ]);
    expect(forGhent.items[0]).toMatchObject({
      user: { role: "ADVISING_PHYSICIAN", teamName: liege.name },
      member: { lastName: "Verhaegen", teamName: ghent.name },
    });
    // The outsiders' own manager sees them too; an unrelated manager sees nothing; an admin sees all.
    expect((await findBreakGlassAccesses(liegeManager, {})).items).toHaveLength(2);
    expect((await findBreakGlassAccesses(otherManager, {})).items).toHaveLength(0);
    expect((await findBreakGlassAccesses(admin, { teamId: ghent.id })).items).toHaveLength(2);
    expect((await findBreakGlassAccesses({ role: "COORDINATOR", teamId: ghent.id }, {})).items).toHaveLength(
      0,
    );

    // Filters: the user (name or e-mail), the role, the dates.
    expect((await findBreakGlassAccesses(ghentManager, { user: "camille" })).items).toHaveLength(1);
    expect(
      (await findBreakGlassAccesses(ghentManager, { user: outsider.email.toUpperCase() })).items,
    ).toHaveLength(1);
    expect(
      (await findBreakGlassAccesses(ghentManager, { role: "ADVISING_PHYSICIAN" })).items.map(
        (r) => r.user.name,
      ),
    ).toEqual(["Dr Walloon"]);
    await getDb().breakGlassAccess.updateMany({
      where: { userId: outsider.id },
      data: { createdAt: new Date("2026-01-15T10:00:00Z"), expiresAt: new Date("2026-01-15T23:00:00Z") },
    });
    expect(
      (await findBreakGlassAccesses(ghentManager, { from: "2026-01-15", to: "2026-01-15" })).items.map(
        (r) => r.user.name,
      ),
    ).toEqual(["Camille Outsider"]);

    // Keyset pages of one, newest first, without repeats.
    const first = await findBreakGlassAccesses(ghentManager, {}, 1);
    expect(first.items.map((r) => r.user.name)).toEqual(["Dr Walloon"]);
    const second = await findBreakGlassAccesses(ghentManager, { cursor: first.nextCursor! }, 1);
    expect(second.items.map((r) => r.user.name)).toEqual(["Camille Outsider"]);
    expect(second.nextCursor).toBeNull();
  });
});
