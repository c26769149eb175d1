import { describe, expect, it } from "vitest";

import { findCaseload } from "@/lib/caseload/queries";
import { ZCaseloadFilterSchema } from "@/lib/caseload/schemas";
import { addDays, todayInBrussels } from "@/lib/dates";
import { endPeriod } from "@/lib/incapacity/mutations";
import { startTrajectory } from "@/lib/trajectories/mutations";
import { actorOf, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

const today = todayInBrussels();
const ago = (days: number) => addDays(today, -days);

describe("caseload phase filter", () => {
  it("filters by the phase each row shows: an incapacity that ended in its first year stays PRIMARY", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const context = await actorOf(coordinator);
    // Started 400 days ago, ended after 100 days; its trajectory keeps the member in the open caseload.
    const ended = await makeMemberInIncapacity(coordinator, 400, { lastName: "Ended" });
    await startTrajectory(
      {
        memberId: ended.id,
        initiative: "MEMBER",
        referredDate: ago(310),
        goAheadDate: "",
        coordinatorId: "",
      },
      context,
    );
    await endPeriod(
      {
        periodId: ended.periodId,
        version: 1,
        startDate: ended.startDate,
        endDate: ago(300),
        endReason: "OTHER",
      },
      context,
    );
    const running = await makeMemberInIncapacity(coordinator, 400, { lastName: "Running" });

    const names = async (phase: string) =>
      (await findCaseload(context.actor, ZCaseloadFilterSchema.parse({ phase }), today)).items.map((row) => [
        row.lastName,
        row.phase,
      ]);
    expect(await names("PRIMARY")).toEqual([["Ended", "PRIMARY"]]);
    expect(await names("INVALIDITY")).toEqual([["Running", "INVALIDITY"]]);
    expect(running.startDate).toBe(ago(400));
  });
});
