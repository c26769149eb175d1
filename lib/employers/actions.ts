"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { defineAction } from "@/lib/actions";
import { createEmployer, updateEmployer } from "@/lib/employers/mutations";
import { searchEmployers } from "@/lib/employers/queries";
import { ZCreateEmployerSchema, ZEmployerSearchSchema, ZUpdateEmployerSchema } from "@/lib/employers/schemas";
import { revalidateMemberViews } from "@/lib/members/revalidate";

export const createEmployerAction = defineAction(
  { name: "employers.create", permission: "member.write", schema: ZCreateEmployerSchema },
  async (input, { user, requestId }) => createEmployer(input, { actor: user, requestId }),
);

export const updateEmployerAction = defineAction(
  { name: "employers.update", permission: "member.write", schema: ZUpdateEmployerSchema },
  async (input, { user, requestId }) => {
    await updateEmployer(input, { actor: user, requestId });
    revalidateMemberViews();
  },
);

/** The employer picker of intake and the member's details (employers are not members' personal data). */
export const searchEmployersAction = defineAction(
  { name: "employers.search", permission: "member.write", schema: ZEmployerSearchSchema },
  async (input) => searchEmployers(input.query, 10),
);
