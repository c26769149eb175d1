import "server-only";

import type { TAuditFilter } from "@/lib/audit/schemas";
import { addDays, brusselsMidnight } from "@/lib/dates";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { z } from "@/lib/validation";

export interface AuditListItem {
  id: string;
  occurredAt: Date;
  actorEmail: string | null;
  actorRole: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  memberId: string | null;
  changes: unknown;
  purpose: string | null;
  requestId: string | null;
}

const ZAuditCursor = z.object({ at: z.iso.datetime(), id: z.string().regex(/^\d+$/) });

/**
 * Audit events, newest first, a keyset page at a time over (occurredAt, id) — the index
 * AuditEvent_occurredAt_id_idx serves the unfiltered list, the per-actor/action/member indexes the filters.
 */
export async function findAuditEvents(
  filter: TAuditFilter,
  limit = DEFAULT_PAGE_SIZE,
): Promise<Page<AuditListItem>> {
  const cursor = decodeCursor(filter.cursor, ZAuditCursor);
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filter.actor) and.push({ actorEmail: { contains: filter.actor.toLowerCase() } });
  if (filter.action) and.push({ action: filter.action });
  if (filter.entity) and.push({ entity: filter.entity });
  if (filter.memberId) and.push({ memberId: filter.memberId });
  if (filter.from) and.push({ occurredAt: { gte: brusselsMidnight(filter.from) } });
  if (filter.to) and.push({ occurredAt: { lt: brusselsMidnight(addDays(filter.to, 1)) } });
  if (cursor) {
    const at = new Date(cursor.at);
    const id = BigInt(cursor.id);
    and.push({ OR: [{ occurredAt: { lt: at } }, { occurredAt: at, id: { lt: id } }] });
  }
  const rows = await getDb().auditEvent.findMany({
    where: { AND: and },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const items = rows.map((row) => ({ ...row, id: row.id.toString() }));
  return toPage(items, limit, (row) => ({ at: row.occurredAt.toISOString(), id: row.id }));
}
