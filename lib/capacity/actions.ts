"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { defineAction } from "@/lib/actions";
import { assessCapacity } from "@/lib/capacity/mutations";
import { ZAssessCapacitySchema } from "@/lib/capacity/schemas";
import { revalidateMemberViews } from "@/lib/members/revalidate";

export const assessCapacityAction = defineAction(
  { name: "capacity.assess", permission: "capacity.assess", schema: ZAssessCapacitySchema },
  async (input, { user, requestId }) => {
    const result = await assessCapacity(input, { actor: user, requestId });
    revalidateMemberViews();
    return result;
  },
);
