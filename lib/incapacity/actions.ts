"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { defineAction } from "@/lib/actions";
import {
  endPeriod,
  recordQuestionnaireSent,
  registerPeriod,
  updatePeriodMedical,
  updateQuestionnaire,
} from "@/lib/incapacity/mutations";
import {
  ZEndPeriodSchema,
  ZProposeRelapseSchema,
  ZQuestionnaireSentSchema,
  ZQuestionnaireUpdateSchema,
  ZRegisterPeriodSchema,
  ZUpdatePeriodMedicalSchema,
} from "@/lib/incapacity/schemas";
import { proposeRelapse } from "@/lib/incapacity/queries";
import { revalidateMemberViews } from "@/lib/members/revalidate";

export const registerPeriodAction = defineAction(
  { name: "incapacity.register", permission: "incapacity.write", schema: ZRegisterPeriodSchema },
  async (input, { user, requestId }) => {
    const result = await registerPeriod(input, { actor: user, requestId });
    revalidateMemberViews();
    return result;
  },
);

export const endPeriodAction = defineAction(
  { name: "incapacity.end", permission: "incapacity.write", schema: ZEndPeriodSchema },
  async (input, { user, requestId }) => {
    await endPeriod(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);

export const updatePeriodMedicalAction = defineAction(
  { name: "incapacity.medical", permission: "medical.read", schema: ZUpdatePeriodMedicalSchema },
  async (input, { user, requestId }) => {
    await updatePeriodMedical(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);

export const recordQuestionnaireSentAction = defineAction(
  { name: "questionnaire.sent", permission: "questionnaire.write", schema: ZQuestionnaireSentSchema },
  async (input, { user, requestId }) => {
    const result = await recordQuestionnaireSent(input, { actor: user, requestId });
    revalidateMemberViews();
    return result;
  },
);

export const updateQuestionnaireAction = defineAction(
  { name: "questionnaire.update", permission: "questionnaire.write", schema: ZQuestionnaireUpdateSchema },
  async (input, { user, requestId }) => {
    await updateQuestionnaire(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);

/** Would a period starting on this date continue the member's previous one (V4)? Null: no earlier period. */
export const proposeRelapseAction = defineAction(
  { name: "incapacity.proposeRelapse", permission: "incapacity.write", schema: ZProposeRelapseSchema },
  async (input, { user }) => proposeRelapse(user, input.memberId, input.startDate),
);
