import { ReferralStatus, ReferralTarget } from "@/lib/generated/prisma/enums";
import { z, zDate, zId, zOptionalDate, zOptionalText, zVersion } from "@/lib/validation";

export const ZCreateReferralSchema = z.object({
  trajectoryId: zId(),
  target: z.enum(ReferralTarget),
  organisation: zOptionalText(200),
  sentDate: zDate(),
  /** Empty: sent + REFERRAL_RESPONSE_DAYS. */
  expectedResponseDate: zOptionalDate(),
});
export type TCreateReferral = z.infer<typeof ZCreateReferralSchema>;

export const ZUpdateReferralSchema = z
  .object({
    referralId: zId(),
    version: zVersion(),
    status: z.enum(ReferralStatus),
    responseDate: zOptionalDate(),
    outcomeNote: zOptionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (value.status !== "SENT" && value.status !== "CANCELLED" && !value.responseDate) {
      ctx.addIssue({ code: "custom", path: ["responseDate"], message: "required" });
    }
  });
export type TUpdateReferral = z.infer<typeof ZUpdateReferralSchema>;
