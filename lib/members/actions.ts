"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { defineAction } from "@/lib/actions";
import { createMember, reassignMember, updateMember } from "@/lib/members/mutations";
import { findDuplicateMembers } from "@/lib/members/queries";
import { revalidateMemberViews } from "@/lib/members/revalidate";
import {
  ZCreateMemberSchema,
  ZDuplicateCheckSchema,
  ZReassignMemberSchema,
  ZUpdateMemberSchema,
} from "@/lib/members/schemas";

export const createMemberAction = defineAction(
  { name: "members.create", permission: "member.write", schema: ZCreateMemberSchema },
  async (input, { user, requestId }) => {
    const result = await createMember(input, { actor: user, requestId });
    if ("created" in result) revalidateMemberViews();
    return result;
  },
);

export const updateMemberAction = defineAction(
  { name: "members.update", permission: "member.write", schema: ZUpdateMemberSchema },
  async (input, { user, requestId }) => {
    await updateMember(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);

export const reassignMemberAction = defineAction(
  { name: "members.reassign", permission: "member.reassign", schema: ZReassignMemberSchema },
  async (input, { user, requestId }) => {
    await reassignMember(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);

/** Intake: possible duplicates as soon as the INSZ (or name and birth date) is typed, before the rest. */
export const checkDuplicateMembersAction = defineAction(
  { name: "members.checkDuplicates", permission: "member.write", schema: ZDuplicateCheckSchema },
  async (input, { user }) => findDuplicateMembers(user, input),
);
