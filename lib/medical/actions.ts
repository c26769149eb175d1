"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { defineAction } from "@/lib/actions";
import { markQuestionnaireRead } from "@/lib/medical/mutations";
import { ZMarkQuestionnaireReadSchema } from "@/lib/medical/schemas";
import { revalidateMemberViews } from "@/lib/members/revalidate";

export const markQuestionnaireReadAction = defineAction(
  { name: "questionnaire.read", permission: "capacity.assess", schema: ZMarkQuestionnaireReadSchema },
  async (input, { user, requestId }) => {
    await markQuestionnaireRead(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);
