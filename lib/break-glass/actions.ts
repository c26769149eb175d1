"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/actions";
import { openWithPurpose } from "@/lib/break-glass/mutations";
import { ZBreakGlassSchema } from "@/lib/break-glass/schemas";

export const openWithPurposeAction = defineAction(
  { name: "breakGlass.open", permission: "breakGlass.use", schema: ZBreakGlassSchema },
  async (input, { user, requestId }) => {
    await openWithPurpose(input, { actor: user, requestId });
    revalidatePath(`/members/${input.memberId}`, "layout");
  },
);
