import { ThirdParty } from "@/lib/generated/prisma/enums";
import { z, zDate, zId, zOptionalText, zText, zVersion } from "@/lib/validation";

export const ZRecordConsentSchema = z.object({
  trajectoryId: zId(),
  party: z.enum(ThirdParty),
  partyName: zOptionalText(200),
  purpose: zText(500),
  givenDate: zDate(),
});
export type TRecordConsent = z.infer<typeof ZRecordConsentSchema>;

export const ZWithdrawConsentSchema = z.object({
  consentId: zId(),
  version: zVersion(),
  withdrawnDate: zDate(),
});
export type TWithdrawConsent = z.infer<typeof ZWithdrawConsentSchema>;
