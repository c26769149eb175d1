// The access report (issue 5): who opened which member outside their own scope ("break-glass"), when and
// why. Administrators see every access; a manager sees those that concern their team — a member of their
// team opened by someone else, or a user of their team opening a member elsewhere. Newest first, keyset.
import "server-only";

import { addDays, brusselsMidnight } from "@/lib/dates";
import { getDb, Prisma } from "@/lib/db";
import type { TAccessReportFilter } from "@/lib/access-report/schemas";
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import type { Role } from "@/lib/generated/prisma/enums";
import { z } from "@/lib/validation";

export interface AccessReportRow {
  id: string;
  openedAt: Date;
  expiresAt: Date;
  purpose: string;
  user: { name: string; email: string; role: Role; teamName: string | null };
  member: { firstName: string; lastName: string; teamName: string };
}

const ZCursor = z.object({ at: z.iso.datetime(), id: z.uuid() });

export function accessReportScope(viewer: {
  role: Role;
  teamId: string | null;
}): Prisma.BreakGlassAccessWhereInput {
  if (viewer.role === "ADMIN") return {};
  if (viewer.role === "MANAGER" && viewer.teamId)
    return { OR: [{ member: { teamId: viewer.teamId } }, { user: { teamId: viewer.teamId } }] };
  return { id: { in: [] } };
}

export async function findBreakGlassAccesses(
  viewer: { role: Role; teamId: string | null },
  filter: TAccessReportFilter,
  limit = DEFAULT_PAGE_SIZE,
): Promise<Page<AccessReportRow>> {
  const and: Prisma.BreakGlassAccessWhereInput[] = [accessReportScope(viewer)];
  if (filter.user) {
    and.push({
      user: {
        OR: [
          { email: { contains: filter.user.toLowerCase() } },
          { name: { contains: filter.user, mode: "insensitive" } },
        ],
      },
    });
  }
  if (filter.role) and.push({ user: { role: filter.role } });
  if (filter.teamId) and.push({ member: { teamId: filter.teamId } });
  // Calendar days in Brussels: "to" includes the whole day.
  if (filter.from) and.push({ createdAt: { gte: brusselsMidnight(filter.from) } });
  if (filter.to) and.push({ createdAt: { lt: brusselsMidnight(addDays(filter.to, 1)) } });
  const cursor = decodeCursor(filter.cursor, ZCursor);
  if (cursor) {
    const at = new Date(cursor.at);
    and.push({ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: cursor.id } }] });
  }
  const rows = await getDb().breakGlassAccess.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      createdAt: true,
      expiresAt: true,
      purpose: true,
      user: { select: { name: true, email: true, role: true, team: { select: { name: true } } } },
      member: { select: { firstName: true, lastName: true, team: { select: { name: true } } } },
    },
  });
  const page = toPage(rows, limit, (row) => ({ at: row.createdAt.toISOString(), id: row.id }));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((row) => ({
      id: row.id,
      openedAt: row.createdAt,
      expiresAt: row.expiresAt,
      purpose: row.purpose,
      user: {
        name: row.user.name,
        email: row.user.email,
        role: row.user.role,
        teamName: row.user.team?.name ?? null,
      },
      member: {
        firstName: row.member.firstName,
        lastName: row.member.lastName,
        teamName: row.member.team.name,
      },
    })),
  };
}

/** Teams for the filter (a manager's report only concerns their own team, but may look at any member team). */
export async function findReportTeams(): Promise<{ id: string; name: string }[]> {
  return getDb().team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
