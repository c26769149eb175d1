// The audit trail: one row per change (and per read of a member file), written with the same transaction
// client as the change itself so that both commit or neither does (CONVENTIONS.md §9).
import type { Db } from "@/lib/db";
import type { AuditAction, Prisma, Role } from "@/lib/generated/prisma/client";
import { ALL_MEDICAL_KEYS } from "@/lib/medical/access";

export interface AuditActor {
  id: string;
  email: string;
  role: Role;
}

export interface AuditInput {
  actor: AuditActor | null;
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  memberId?: string | null;
  changes?: Record<string, { before?: unknown; after?: unknown }> | Record<string, unknown> | null;
  purpose?: string | null;
  requestId?: string | null;
  /** For events without an actor: the address tried in a failed sign-in. */
  actorEmail?: string | null;
}

export const MASKED = "•••";

/**
 * Fields whose values never enter the audit trail in clear, only the fact of a change: the medical columns
 * (one list, lib/medical/access.ts) and the users' credentials.
 */
export const MASKED_FIELDS: ReadonlySet<string> = new Set([
  ...ALL_MEDICAL_KEYS,
  "passwordHash",
  "totpSecret",
]);

function jsonSafe(value: unknown): unknown {
  if (value instanceof Date) {
    const iso = value.toISOString();
    // @db.Date columns come back as UTC midnights: compare them as calendar dates.
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (typeof value === "bigint") return value.toString();
  if (value && typeof value === "object" && "toFixed" in value) return Number(String(value)); // Prisma.Decimal
  return value;
}

/** `{ field: { before, after } }` for the fields whose value changed, medical values masked. */
export function diffChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  fields: readonly string[] = Object.keys(after),
): Record<string, { before?: unknown; after?: unknown }> {
  const changes: Record<string, { before?: unknown; after?: unknown }> = {};
  for (const field of fields) {
    const a = jsonSafe(before?.[field]);
    const b = jsonSafe(after[field]);
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    changes[field] = MASKED_FIELDS.has(field)
      ? {
          before: a === undefined || a === null ? a : MASKED,
          after: b === undefined || b === null ? b : MASKED,
        }
      : before === null
        ? { after: b }
        : { before: a, after: b };
  }
  return changes;
}

export async function recordAudit(db: Db, input: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? input.actorEmail ?? null,
      actorRole: input.actor?.role ?? null,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId ?? null,
      memberId: input.memberId ?? null,
      changes: (input.changes ?? undefined) as Prisma.InputJsonValue | undefined,
      purpose: input.purpose ?? null,
      requestId: input.requestId ?? null,
    },
  });
}
