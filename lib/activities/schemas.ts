import { DECISION_KINDS } from "@/lib/activities/rules";
import { ActivityEndReason } from "@/lib/generated/prisma/enums";
import { z, zDate, zHours, zId, zOptionalDate, zOptionalText, zText, zVersion } from "@/lib/validation";

/** The coordinator files the member's request for the physician (art. 100 §2). */
export const ZRequestActivitySchema = z
  .object({
    memberId: zId(),
    trajectoryId: z.union([zId(), z.literal("")]),
    employerId: z.union([zId(), z.literal("")]),
    requestReceivedDate: zDate(),
    startDate: zDate(),
    natureOfWork: zText(1000),
    requestedWeeklyHours: zHours(),
    referenceWeeklyHours: zHours(),
    employerCoSigned: z.boolean(),
  })
  .superRefine((value, ctx) => {
    // V15: 0 < fraction < 100 %.
    if (value.requestedWeeklyHours >= value.referenceWeeklyHours) {
      ctx.addIssue({ code: "custom", path: ["requestedWeeklyHours"], message: "hoursBelowReference" });
    }
  });
export type TRequestActivity = z.infer<typeof ZRequestActivitySchema>;

/**
 * The physician's decision; the rules (checkDecision, DECISION_RULES) add which fields the kind takes and what
 * depends on the request and the statute.
 */
export const ZDecideActivitySchema = z.object({
  activityId: zId(),
  version: zVersion(),
  kind: z.enum(DECISION_KINDS),
  decisionDate: zDate(),
  authorisedWeeklyHours: zHours().optional(),
  conditions: zOptionalText(2000),
  validUntil: zOptionalDate(),
  nextReviewDate: zOptionalDate(),
  refusalReason: zOptionalText(2000),
});
export type TDecideActivity = z.infer<typeof ZDecideActivitySchema>;

export const ZEndActivitySchema = z.object({
  activityId: zId(),
  version: zVersion(),
  endDate: zDate(),
  endReason: z.enum(ActivityEndReason),
});
export type TEndActivity = z.infer<typeof ZEndActivitySchema>;

export const ZWithdrawActivitySchema = z.object({ activityId: zId(), version: zVersion() });
