"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { defineAction } from "@/lib/actions";
import { revalidateMemberViews } from "@/lib/members/revalidate";
import {
  addPlanAction,
  addPlanGoal,
  startTrajectory,
  transitionTrajectory,
  updatePlanAction,
  updatePlanGoal,
} from "@/lib/trajectories/mutations";
import {
  ZPlanActionSchema,
  ZPlanGoalSchema,
  ZStartTrajectorySchema,
  ZTransitionTrajectorySchema,
  ZUpdatePlanActionSchema,
  ZUpdatePlanGoalSchema,
} from "@/lib/trajectories/schemas";

export const startTrajectoryAction = defineAction(
  { name: "trajectories.start", permission: "trajectory.write", schema: ZStartTrajectorySchema },
  async (input, { user, requestId }) => {
    const result = await startTrajectory(input, { actor: user, requestId });
    revalidateMemberViews();
    return result;
  },
);

export const transitionTrajectoryAction = defineAction(
  { name: "trajectories.transition", permission: "trajectory.write", schema: ZTransitionTrajectorySchema },
  async (input, { user, requestId }) => {
    await transitionTrajectory(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);

export const addPlanGoalAction = defineAction(
  { name: "plan.addGoal", permission: "trajectory.write", schema: ZPlanGoalSchema },
  async (input, { user, requestId }) => {
    const result = await addPlanGoal(input, { actor: user, requestId });
    revalidateMemberViews();
    return result;
  },
);

export const updatePlanGoalAction = defineAction(
  { name: "plan.updateGoal", permission: "trajectory.write", schema: ZUpdatePlanGoalSchema },
  async (input, { user, requestId }) => {
    await updatePlanGoal(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);

export const addPlanActionAction = defineAction(
  { name: "plan.addAction", permission: "trajectory.write", schema: ZPlanActionSchema },
  async (input, { user, requestId }) => {
    const result = await addPlanAction(input, { actor: user, requestId });
    revalidateMemberViews();
    return result;
  },
);

export const updatePlanActionAction = defineAction(
  { name: "plan.updateAction", permission: "trajectory.write", schema: ZUpdatePlanActionSchema },
  async (input, { user, requestId }) => {
    await updatePlanAction(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);
