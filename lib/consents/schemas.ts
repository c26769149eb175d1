import { ConsentPurpose, ThirdParty } from "@/lib/generated/prisma/enums";
import { z, zDate, zId, zOptionalText, zVersion } from "@/lib/validation";

/**
 * The purpose is a code, written in each reader's language (issue 11); "OTHER" takes the coordinator's own
 * words, which are kept only for it.
 */
export const ZRecordConsentSchema = z
  .object({
    trajectoryId: zId(),
    party: z.enum(ThirdParty),
    partyName: zOptionalText(200),
    purposeCode: z.enum(ConsentPurpose),
    purpose: zOptionalText(500),
    givenDate: zDate(),
  })
  .superRefine((value, ctx) => {
    if (value.purposeCode === "OTHER" && !value.purpose)
      ctx.addIssue({ code: "custom", path: ["purpose"], message: "required" });
  });
export type TRecordConsent = z.infer<typeof ZRecordConsentSchema>;

export const ZWithdrawConsentSchema = z.object({
  consentId: zId(),
  version: zVersion(),
  withdrawnDate: zDate(),
});
export type TWithdrawConsent = z.infer<typeof ZWithdrawConsentSchema>;
