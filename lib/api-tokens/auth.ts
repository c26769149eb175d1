// Authentication of machine clients by bearer token, and the record of every use: the token's lastUsedAt and
// an API_ACCESS audit row (what was asked, with what answer), written together.
import "server-only";

import { recordAudit } from "@/lib/audit/audit";
import { bearerToken, hashToken, hasScope } from "@/lib/api-tokens/rules";
import type { ApiScope } from "@/lib/api-tokens/schemas";
import { getDb } from "@/lib/db";
import { logger } from "@/lib/logger";

export interface ApiClient {
  tokenId: string;
  name: string;
  prefix: string;
  scopes: string[];
}

export type ApiAuthResult =
  | { ok: true; client: ApiClient }
  /** 401: no token, an unknown one, or a revoked one (`client` set when the token is known). */
  | { ok: false; status: 401; client: ApiClient | null }
  /** 403: a valid token without the scope. */
  | { ok: false; status: 403; client: ApiClient };

export async function authenticateApiRequest(
  authorization: string | null,
  scope: ApiScope,
): Promise<ApiAuthResult> {
  const token = bearerToken(authorization);
  if (!token) return { ok: false, status: 401, client: null };
  const row = await getDb().apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, name: true, prefix: true, scopes: true, revokedAt: true },
  });
  if (!row) return { ok: false, status: 401, client: null };
  const client = { tokenId: row.id, name: row.name, prefix: row.prefix, scopes: row.scopes };
  if (row.revokedAt) return { ok: false, status: 401, client };
  if (!hasScope(row.scopes, scope)) return { ok: false, status: 403, client };
  return { ok: true, client };
}

/**
 * Records a request made with a known token (accepted or not): lastUsedAt for accepted requests, and an
 * API_ACCESS audit row in every case. The actor is the token ("api-token:rpr_Ab12Cd34 (Power BI)").
 */
export async function recordApiUse(
  client: ApiClient,
  request: {
    method: string;
    path: string;
    query: Record<string, string>;
    status: number;
    requestId: string | null;
  },
): Promise<void> {
  try {
    await getDb().$transaction(async (tx) => {
      if (request.status < 400) {
        await tx.apiToken.update({ where: { id: client.tokenId }, data: { lastUsedAt: new Date() } });
      }
      await recordAudit(tx, {
        actor: null,
        actorEmail: `api-token:${client.prefix} (${client.name})`,
        action: "API_ACCESS",
        entity: "ApiToken",
        entityId: client.tokenId,
        changes: { method: request.method, path: request.path, query: request.query, status: request.status },
        requestId: request.requestId,
      });
    });
  } catch (error) {
    // Fail closed: an answer whose use could not be audited is not sent (the caller answers 500).
    logger.error("recording an API access failed", {
      tokenId: client.tokenId,
      requestId: request.requestId,
      error,
    });
    throw error;
  }
}
