"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/actions";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { ZCreateApiTokenSchema, ZRevokeApiTokenSchema } from "@/lib/api-tokens/schemas";

export const createApiTokenAction = defineAction(
  { name: "apiTokens.create", permission: "admin.apiTokens", schema: ZCreateApiTokenSchema },
  async (input, { user, requestId }) => {
    const created = await createApiToken(input, { actor: user, requestId });
    revalidatePath("/admin/api-tokens");
    return created;
  },
);

export const revokeApiTokenAction = defineAction(
  { name: "apiTokens.revoke", permission: "admin.apiTokens", schema: ZRevokeApiTokenSchema },
  async (input, { user, requestId }) => {
    await revokeApiToken(input, { actor: user, requestId });
    revalidatePath("/admin/api-tokens");
  },
);
