"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { defineAction } from "@/lib/actions";
import { createEmployer } from "@/lib/employers/mutations";
import { searchEmployers } from "@/lib/employers/queries";
import { ZCreateEmployerSchema, ZEmployerSearchSchema } from "@/lib/employers/schemas";

export const createEmployerAction = defineAction(
  { name: "employers.create", permission: "member.write", schema: ZCreateEmployerSchema },
  async (input, { user, requestId }) => createEmployer(input, { actor: user, requestId }),
);

/** The employer picker of intake and the member's details (employers are not members' personal data). */
export const searchEmployersAction = defineAction(
  { name: "employers.search", permission: "member.write", schema: ZEmployerSearchSchema },
  async (input) => searchEmployers(input.query, 10),
);
