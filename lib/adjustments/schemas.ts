import { AdjustmentRefusalReason, AdjustmentStatus, AdjustmentType } from "@/lib/generated/prisma/enums";
import { z, zDate, zId, zOptionalDate, zText, zVersion } from "@/lib/validation";

export const ZRequestAdjustmentSchema = z.object({
  trajectoryId: zId(),
  employerId: z.union([zId(), z.literal("")]),
  type: z.enum(AdjustmentType),
  description: zText(2000),
  requestedDate: zDate(),
});
export type TRequestAdjustment = z.infer<typeof ZRequestAdjustmentSchema>;

/** The employer's answer: a refusal needs its reason and whether an explanation was given (seed 004). */
export const ZDecideAdjustmentSchema = z
  .object({
    adjustmentId: zId(),
    version: zVersion(),
    status: z.enum(AdjustmentStatus),
    decidedDate: zOptionalDate(),
    refusalReason: z.union([z.enum(AdjustmentRefusalReason), z.literal("")]),
    explanationGiven: z.union([z.literal("yes"), z.literal("no"), z.literal("")]),
    motivatedReportDate: zOptionalDate(),
  })
  .superRefine((value, ctx) => {
    const isDecided = value.status !== "REQUESTED" && value.status !== "WITHDRAWN";
    if (isDecided && !value.decidedDate)
      ctx.addIssue({ code: "custom", path: ["decidedDate"], message: "required" });
    if (value.status === "REFUSED") {
      if (!value.refusalReason)
        ctx.addIssue({ code: "custom", path: ["refusalReason"], message: "required" });
      if (!value.explanationGiven)
        ctx.addIssue({ code: "custom", path: ["explanationGiven"], message: "required" });
    }
    if (value.refusalReason && value.status !== "REFUSED" && value.status !== "PARTIALLY_GRANTED") {
      ctx.addIssue({ code: "custom", path: ["refusalReason"], message: "refusalReasonOnlyWhenRefused" });
    }
  });
export type TDecideAdjustment = z.infer<typeof ZDecideAdjustmentSchema>;
