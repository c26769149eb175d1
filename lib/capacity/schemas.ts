import { z, zDate, zId, zOptionalDate, zOptionalText, zText } from "@/lib/validation";

/** A physician's residual-capacity assessment (V8). Category 4, or the physician's judgement, hands the
 * member to a coordinator: the go-ahead date starts the first-contact deadline (V10). */
export const ZAssessCapacitySchema = z
  .object({
    periodId: zId(),
    category: z.number().int().min(1).max(4),
    assessedDate: zDate(),
    functionalLimitations: zText(4000),
    medicalNotes: zOptionalText(8000),
    nextReviewDate: zOptionalDate(),
    referToCoordinator: z.boolean(),
    goAheadDate: zOptionalDate(),
    coordinatorId: z.union([zId(), z.literal("")]),
  })
  .superRefine((value, ctx) => {
    if (value.nextReviewDate && value.nextReviewDate <= value.assessedDate) {
      ctx.addIssue({ code: "custom", path: ["nextReviewDate"], message: "reviewAfterAssessment" });
    }
    if (value.referToCoordinator && !value.goAheadDate) {
      ctx.addIssue({ code: "custom", path: ["goAheadDate"], message: "required" });
    }
    if (value.goAheadDate && value.goAheadDate < value.assessedDate) {
      ctx.addIssue({ code: "custom", path: ["goAheadDate"], message: "goAheadBeforeAssessment" });
    }
  });
export type TAssessCapacity = z.infer<typeof ZAssessCapacitySchema>;
