import { StopReason, TrajectoryInitiative, TrajectoryOutcome } from "@/lib/generated/prisma/enums";
import { TRAJECTORY_STATUSES } from "@/lib/trajectories/rules";
import { z, zDate, zId, zOptionalDate, zOptionalText, zText, zVersion } from "@/lib/validation";

export const ZStartTrajectorySchema = z.object({
  memberId: zId(),
  initiative: z.enum(TrajectoryInitiative),
  referredDate: zDate(),
  goAheadDate: zOptionalDate(),
  coordinatorId: z.union([zId(), z.literal("")]),
});
export type TStartTrajectory = z.infer<typeof ZStartTrajectorySchema>;

/** One form for every transition; the state machine (rules.ts) says which fields the target needs. */
export const ZTransitionTrajectorySchema = z.object({
  trajectoryId: zId(),
  version: zVersion(),
  to: z.enum(TRAJECTORY_STATUSES),
  invitedDate: zOptionalDate(),
  firstContactDate: zOptionalDate(),
  endDate: zOptionalDate(),
  stopReason: z.union([z.enum(StopReason), z.literal("")]).optional(),
  outcome: z.union([z.enum(TrajectoryOutcome), z.literal("")]).optional(),
  endNote: zOptionalText(500).optional(),
});
export type TTransitionTrajectory = z.infer<typeof ZTransitionTrajectorySchema>;

export const ZPlanGoalSchema = z.object({
  trajectoryId: zId(),
  description: zText(1000),
  targetDate: zOptionalDate(),
});
export type TPlanGoal = z.infer<typeof ZPlanGoalSchema>;

export const ZUpdatePlanGoalSchema = z.object({
  goalId: zId(),
  version: zVersion(),
  description: zText(1000),
  targetDate: zOptionalDate(),
  achievedDate: zOptionalDate(),
});
export type TUpdatePlanGoal = z.infer<typeof ZUpdatePlanGoalSchema>;

export const ZPlanActionSchema = z.object({
  trajectoryId: zId(),
  goalId: z.union([zId(), z.literal("")]),
  description: zText(1000),
  actor: zOptionalText(200),
  dueDate: zOptionalDate(),
});
export type TPlanAction = z.infer<typeof ZPlanActionSchema>;

export const ZUpdatePlanActionSchema = z.object({
  actionId: zId(),
  version: zVersion(),
  description: zText(1000),
  actor: zOptionalText(200),
  dueDate: zOptionalDate(),
  doneDate: zOptionalDate(),
});
export type TUpdatePlanAction = z.infer<typeof ZUpdatePlanActionSchema>;
