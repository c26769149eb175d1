import { DiagnosisGroup, IncapacityEndReason } from "@/lib/generated/prisma/enums";
import { z, zDate, zId, zOptionalDate, zOptionalText, zVersion } from "@/lib/validation";

function refineEnd(
  value: { startDate?: string; endDate?: string; endReason?: string },
  ctx: z.RefinementCtx,
) {
  if (value.endDate && value.startDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
  }
  if (Boolean(value.endDate) !== Boolean(value.endReason)) {
    ctx.addIssue({
      code: "custom",
      path: [value.endDate ? "endReason" : "endDate"],
      message: value.endDate ? "required" : "endDateForReason",
    });
  }
}

export const ZRegisterPeriodSchema = z
  .object({
    memberId: zId(),
    startDate: zDate(),
    endDate: zOptionalDate(),
    endReason: z.union([z.enum(IncapacityEndReason), z.literal("")]).optional(),
    declarationDate: zOptionalDate(),
    /** V4: the user accepted to continue the previous period (relapse). */
    continuePrevious: z.boolean(),
    /** Medical: only advising physicians may send these. */
    diagnosisGroup: z.union([z.enum(DiagnosisGroup), z.literal("")]).optional(),
    certificateContent: zOptionalText(4000).optional(),
  })
  .superRefine(refineEnd);
export type TRegisterPeriod = z.infer<typeof ZRegisterPeriodSchema>;

export const ZEndPeriodSchema = z
  .object({
    periodId: zId(),
    version: zVersion(),
    startDate: zDate(),
    endDate: zDate(),
    endReason: z.enum(IncapacityEndReason),
  })
  .superRefine(refineEnd);
export type TEndPeriod = z.infer<typeof ZEndPeriodSchema>;

export const ZUpdatePeriodMedicalSchema = z.object({
  periodId: zId(),
  version: zVersion(),
  diagnosisGroup: z.union([z.enum(DiagnosisGroup), z.literal("")]),
  certificateContent: zOptionalText(4000),
});
export type TUpdatePeriodMedical = z.infer<typeof ZUpdatePeriodMedicalSchema>;

export const ZQuestionnaireSentSchema = z.object({ periodId: zId(), sentDate: zDate() });
export type TQuestionnaireSent = z.infer<typeof ZQuestionnaireSentSchema>;

export const ZQuestionnaireUpdateSchema = z.object({
  questionnaireId: zId(),
  version: zVersion(),
  returnedDate: zOptionalDate(),
  helpOfferedDate: zOptionalDate(),
});
export type TQuestionnaireUpdate = z.infer<typeof ZQuestionnaireUpdateSchema>;

/** The relapse proposal (V4) for a new period's start date, asked while the form is being filled in. */
export const ZProposeRelapseSchema = z.object({ memberId: zId(), startDate: zDate() });
export type TProposeRelapse = z.infer<typeof ZProposeRelapseSchema>;
