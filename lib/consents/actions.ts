"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { defineAction } from "@/lib/actions";
import { recordConsent, withdrawConsent } from "@/lib/consents/mutations";
import { ZRecordConsentSchema, ZWithdrawConsentSchema } from "@/lib/consents/schemas";
import { revalidateMemberViews } from "@/lib/members/revalidate";

export const recordConsentAction = defineAction(
  { name: "consents.record", permission: "consent.write", schema: ZRecordConsentSchema },
  async (input, { user, requestId }) => {
    const result = await recordConsent(input, { actor: user, requestId });
    revalidateMemberViews();
    return result;
  },
);

export const withdrawConsentAction = defineAction(
  { name: "consents.withdraw", permission: "consent.write", schema: ZWithdrawConsentSchema },
  async (input, { user, requestId }) => {
    await withdrawConsent(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);
