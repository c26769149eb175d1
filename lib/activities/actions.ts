"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { defineAction } from "@/lib/actions";
import { decideActivity, endActivity, requestActivity, withdrawActivity } from "@/lib/activities/mutations";
import {
  ZDecideActivitySchema,
  ZEndActivitySchema,
  ZRequestActivitySchema,
  ZWithdrawActivitySchema,
} from "@/lib/activities/schemas";
import { revalidateMemberViews } from "@/lib/members/revalidate";

export const requestActivityAction = defineAction(
  { name: "activities.request", permission: "activity.request", schema: ZRequestActivitySchema },
  async (input, { user, requestId }) => {
    const result = await requestActivity(input, { actor: user, requestId });
    revalidateMemberViews();
    return result;
  },
);

/** V8: only an advising physician decides; anyone else calling this gets FORBIDDEN. */
export const decideActivityAction = defineAction(
  { name: "activities.decide", permission: "activity.decide", schema: ZDecideActivitySchema },
  async (input, { user, requestId }) => {
    await decideActivity(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);

export const endActivityAction = defineAction(
  { name: "activities.end", permission: "incapacity.write", schema: ZEndActivitySchema },
  async (input, { user, requestId }) => {
    await endActivity(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);

export const withdrawActivityAction = defineAction(
  { name: "activities.withdraw", permission: "activity.request", schema: ZWithdrawActivitySchema },
  async (input, { user, requestId }) => {
    await withdrawActivity(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);
