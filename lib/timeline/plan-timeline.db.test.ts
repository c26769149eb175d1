// The plan is part of the member's one timeline: goals and actions on the day they were added, and when met.
import { describe, expect, it } from "vitest";

import { todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { getMemberFile } from "@/lib/timeline/queries";
import { addPlanAction, addPlanGoal, startTrajectory, updatePlanAction } from "@/lib/trajectories/mutations";
import { actorOf, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

const today = todayInBrussels();

describe("the plan in the timeline", () => {
  it("shows goals and actions when added and when done, in date order", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const member = await makeMemberInIncapacity(coordinator, 60);
    const c = await actorOf(coordinator);
    const trajectory = await startTrajectory(
      { memberId: member.id, initiative: "MEMBER", referredDate: today, goAheadDate: "", coordinatorId: "" },
      c,
    );
    const goal = await addPlanGoal(
      { trajectoryId: trajectory.id, description: "Back to own job part-time", targetDate: "" },
      c,
    );
    const action = await addPlanAction(
      {
        trajectoryId: trajectory.id,
        goalId: goal.id,
        description: "Ask the employer about adapted hours",
        actor: "Coordinator",
        dueDate: today,
      },
      c,
    );
    const { version } = await getDb().planAction.findUniqueOrThrow({ where: { id: action.id } });
    await updatePlanAction(
      {
        actionId: action.id,
        version,
        description: "Ask the employer about adapted hours",
        actor: "Coordinator",
        dueDate: today,
        doneDate: today,
      },
      c,
    );

    const file = await getMemberFile(c.actor, member.id, { today, locale: "en" });
    const plan = file!.timeline.filter((e) => e.kind.startsWith("PLAN_"));
    expect(plan.map((e) => [e.kind, e.date, e.details.description])).toEqual([
      ["PLAN_GOAL_ADDED", today, "Back to own job part-time"],
      ["PLAN_ACTION_ADDED", today, "Ask the employer about adapted hours"],
      ["PLAN_ACTION_DONE", today, "Ask the employer about adapted hours"],
    ]);
    expect(plan[1]!.details).toMatchObject({ actor: "Coordinator", dueDate: today });
    const dates = file!.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });
});
