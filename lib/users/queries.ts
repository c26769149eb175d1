import "server-only";

import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import type { TUserListFilter } from "@/lib/users/schemas";
import { z } from "@/lib/validation";

const USER_LIST_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  isActive: true,
  locale: true,
  lastLoginAt: true,
  version: true,
  teamId: true,
  team: { select: { name: true } },
} satisfies Prisma.UserSelect;

export type UserListItem = Prisma.UserGetPayload<{ select: typeof USER_LIST_SELECT }>;

const ZUserCursor = z.object({ name: z.string(), id: z.string() });

/** Users sorted by name, filtered, a keyset page at a time (index User_name_id_idx). */
export async function findUsers(
  filter: TUserListFilter,
  limit = DEFAULT_PAGE_SIZE,
): Promise<Page<UserListItem>> {
  const cursor = decodeCursor(filter.cursor, ZUserCursor);
  const and: Prisma.UserWhereInput[] = [];
  if (filter.q) {
    and.push({
      OR: [
        { name: { contains: filter.q, mode: "insensitive" } },
        { email: { contains: filter.q.toLowerCase() } },
      ],
    });
  }
  if (filter.role) and.push({ role: filter.role });
  if (filter.teamId) and.push({ teamId: filter.teamId });
  if (filter.status) and.push({ isActive: filter.status === "active" });
  if (cursor) {
    and.push({ OR: [{ name: { gt: cursor.name } }, { name: cursor.name, id: { gt: cursor.id } }] });
  }
  const rows = await getDb().user.findMany({
    where: { AND: and },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: USER_LIST_SELECT,
  });
  return toPage(rows, limit, (row) => ({ name: row.name, id: row.id }));
}

export async function getUserById(id: string): Promise<UserListItem | null> {
  return getDb().user.findUnique({ where: { id }, select: USER_LIST_SELECT });
}
