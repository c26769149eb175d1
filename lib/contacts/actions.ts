"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { defineAction } from "@/lib/actions";
import { completeFollowUp, correctContact, editContact, logContact } from "@/lib/contacts/mutations";
import {
  ZCompleteFollowUpSchema,
  ZCorrectContactSchema,
  ZEditContactSchema,
  ZLogContactSchema,
} from "@/lib/contacts/schemas";
import { revalidateMemberViews } from "@/lib/members/revalidate";

export const logContactAction = defineAction(
  { name: "contacts.log", permission: "contact.write", schema: ZLogContactSchema },
  async (input, { user, requestId }) => {
    const result = await logContact(input, { actor: user, requestId });
    revalidateMemberViews();
    return result;
  },
);

export const editContactAction = defineAction(
  { name: "contacts.edit", permission: "contact.write", schema: ZEditContactSchema },
  async (input, { user, requestId }) => {
    await editContact(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);

export const correctContactAction = defineAction(
  { name: "contacts.correct", permission: "contact.write", schema: ZCorrectContactSchema },
  async (input, { user, requestId }) => {
    const result = await correctContact(input, { actor: user, requestId });
    revalidateMemberViews();
    return result;
  },
);

export const completeFollowUpAction = defineAction(
  { name: "contacts.followUpDone", permission: "contact.write", schema: ZCompleteFollowUpSchema },
  async (input, { user, requestId }) => {
    await completeFollowUp(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);
