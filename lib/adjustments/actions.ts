"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { defineAction } from "@/lib/actions";
import { decideAdjustment, requestAdjustment } from "@/lib/adjustments/mutations";
import { ZDecideAdjustmentSchema, ZRequestAdjustmentSchema } from "@/lib/adjustments/schemas";
import { revalidateMemberViews } from "@/lib/members/revalidate";

export const requestAdjustmentAction = defineAction(
  { name: "adjustments.request", permission: "adjustment.write", schema: ZRequestAdjustmentSchema },
  async (input, { user, requestId }) => {
    const result = await requestAdjustment(input, { actor: user, requestId });
    revalidateMemberViews();
    return result;
  },
);

export const decideAdjustmentAction = defineAction(
  { name: "adjustments.decide", permission: "adjustment.write", schema: ZDecideAdjustmentSchema },
  async (input, { user, requestId }) => {
    await decideAdjustment(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);
