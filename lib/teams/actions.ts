"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/actions";
import { createTeam, updateTeam } from "@/lib/teams/mutations";
import { ZCreateTeamSchema, ZUpdateTeamSchema } from "@/lib/teams/schemas";

export const createTeamAction = defineAction(
  { name: "teams.create", permission: "admin.teams", schema: ZCreateTeamSchema },
  async (input, { user, requestId }) => {
    const team = await createTeam(input, { actor: user, requestId });
    revalidatePath("/admin/teams");
    return team;
  },
);

export const updateTeamAction = defineAction(
  { name: "teams.update", permission: "admin.teams", schema: ZUpdateTeamSchema },
  async (input, { user, requestId }) => {
    await updateTeam(input, { actor: user, requestId });
    revalidatePath("/admin/teams");
  },
);
