"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { defineAction } from "@/lib/actions";
import { revalidateMemberViews } from "@/lib/members/revalidate";
import { createReferral, updateReferral } from "@/lib/referrals/mutations";
import { ZCreateReferralSchema, ZUpdateReferralSchema } from "@/lib/referrals/schemas";

export const createReferralAction = defineAction(
  { name: "referrals.create", permission: "referral.write", schema: ZCreateReferralSchema },
  async (input, { user, requestId }) => {
    const result = await createReferral(input, { actor: user, requestId });
    revalidateMemberViews();
    return result;
  },
);

export const updateReferralAction = defineAction(
  { name: "referrals.update", permission: "referral.write", schema: ZUpdateReferralSchema },
  async (input, { user, requestId }) => {
    await updateReferral(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);
