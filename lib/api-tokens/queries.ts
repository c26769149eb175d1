import "server-only";

import { getDb } from "@/lib/db";
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { z } from "@/lib/validation";

export interface ApiTokenListItem {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  createdByName: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const ZCursor = z.object({ at: z.iso.datetime(), id: z.uuid() });

/** Tokens, newest first, a keyset page at a time over (createdAt, id). */
export async function findApiTokens(
  filter: { cursor?: string },
  limit = DEFAULT_PAGE_SIZE,
): Promise<Page<ApiTokenListItem>> {
  const cursor = decodeCursor(filter.cursor, ZCursor);
  const rows = await getDb().apiToken.findMany({
    where: cursor
      ? {
          OR: [
            { createdAt: { lt: new Date(cursor.at) } },
            { createdAt: new Date(cursor.at), id: { lt: cursor.id } },
          ],
        }
      : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
  });
  const items = rows.map(({ createdBy, ...row }) => ({ ...row, createdByName: createdBy.name }));
  return toPage(items, limit, (row) => ({ at: row.createdAt.toISOString(), id: row.id }));
}
