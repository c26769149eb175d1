import "server-only";

import { recordAudit } from "@/lib/audit/audit";
import { auditActorFields, type MutationContext } from "@/lib/audit/context";
import { generateToken } from "@/lib/api-tokens/rules";
import type { TCreateApiToken, TRevokeApiToken } from "@/lib/api-tokens/schemas";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Creates a token and returns it in clear — the only time it exists outside the caller's hands. */
export async function createApiToken(
  input: TCreateApiToken,
  context: MutationContext & { actor: NonNullable<MutationContext["actor"]> },
): Promise<{ id: string; name: string; prefix: string; token: string }> {
  const { token, prefix, hash } = generateToken();
  const scopes = [...new Set(input.scopes)].sort();
  const created = await getDb().$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { name: input.name.trim(), tokenHash: hash, prefix, scopes, createdById: context.actor.id },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      ...auditActorFields(context),
      action: "CREATE",
      entity: "ApiToken",
      entityId: row.id,
      changes: { name: { after: row.name }, prefix: { after: prefix }, scopes: { after: scopes } },
    });
    return row;
  });
  return { ...created, prefix, token };
}

/** Revokes a token at once: the next request that presents it gets 401. Revoking twice changes nothing. */
export async function revokeApiToken(input: TRevokeApiToken, context: MutationContext): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.apiToken.updateMany({
      where: { id: input.id, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) {
      const exists = await tx.apiToken.findUnique({ where: { id: input.id }, select: { id: true } });
      if (!exists) throw new AppError("NOT_FOUND");
      return;
    }
    await recordAudit(tx, {
      ...auditActorFields(context),
      action: "UPDATE",
      entity: "ApiToken",
      entityId: input.id,
      changes: { revokedAt: { before: null, after: now.toISOString() } },
    });
  });
}
