import { z, zId } from "@/lib/validation";

/** Scopes a token can carry. Reports are the only machine-readable resource so far. */
export const API_SCOPES = ["reports:read"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** Message keys (apiTokens.scope.*) of the scopes: "reports:read" is not usable as a key. */
export const SCOPE_LABEL_KEYS: Record<ApiScope, string> = { "reports:read": "reportsRead" };

export const ZCreateApiTokenSchema = z.object({
  name: z.string().trim().min(2).max(80),
  scopes: z.array(z.enum(API_SCOPES)).min(1),
});
export type TCreateApiToken = z.infer<typeof ZCreateApiTokenSchema>;

export const ZRevokeApiTokenSchema = z.object({ id: zId() });
export type TRevokeApiToken = z.infer<typeof ZRevokeApiTokenSchema>;

export const ZApiTokenListSchema = z.object({ cursor: z.string().max(500).optional() });
