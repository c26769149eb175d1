import "server-only";

import { cache } from "react";

import { recordAudit } from "@/lib/audit/audit";
import { fromDbDate, yearsBetween, type ISODate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { dayCount, phaseOn, type Phase } from "@/lib/incapacity/rules";
import { memberWhereForUser, ownScopeWhere, reassignableTeamId, type ScopedUser } from "@/lib/members/access";
import { normaliseInsz, normaliseSearch, searchNameOf } from "@/lib/members/rules";
import type { TDuplicateCheck, TTeamMemberFilter } from "@/lib/members/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { z } from "@/lib/validation";

export interface DuplicateMatch {
  id: string;
  /** Identity is shown only for files in the user's own scope; of others, only that they exist and where. */
  firstName: string | null;
  lastName: string | null;
  birthDate: ISODate | null;
  teamName: string;
  matchedOn: ("insz" | "externalId" | "nameAndBirthDate")[];
  /** Whether the user may open the file without stating a purpose. */
  isInOwnScope: boolean;
}

/**
 * Existing files that look like the member being registered: the same INSZ, the same external id, or the
 * same name and birth date. Searched fund-wide (a duplicate in another team is still a duplicate), but of a
 * file outside the user's scope only its existence and team are told — typing an INSZ must not become a way to
 * look people up.
 */
export async function findDuplicateMembers(
  user: ScopedUser,
  input: TDuplicateCheck,
): Promise<DuplicateMatch[]> {
  const insz = normaliseInsz(input.insz);
  const or = [
    ...(insz.length === 11 ? [{ insz }] : []),
    ...(input.externalId ? [{ externalId: input.externalId }] : []),
    ...(input.firstName && input.lastName && input.birthDate
      ? [
          {
            searchName: searchNameOf(input.firstName, input.lastName),
            birthDate: new Date(`${input.birthDate}T00:00:00Z`),
          },
        ]
      : []),
  ];
  if (!or.length) return [];
  const db = getDb();
  const rows = await db.member.findMany({
    where: { OR: or },
    take: 10,
    select: {
      id: true,
      insz: true,
      externalId: true,
      firstName: true,
      lastName: true,
      birthDate: true,
      searchName: true,
      team: { select: { name: true } },
    },
  });
  const own = new Set(
    (
      await db.member.findMany({
        where: { AND: [{ id: { in: rows.map((r) => r.id) } }, ownScopeWhere(user)] },
        select: { id: true },
      })
    ).map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    firstName: own.has(row.id) ? row.firstName : null,
    lastName: own.has(row.id) ? row.lastName : null,
    birthDate: own.has(row.id) ? fromDbDate(row.birthDate) : null,
    teamName: row.team.name,
    isInOwnScope: own.has(row.id),
    matchedOn: [
      ...(row.insz === insz ? (["insz"] as const) : []),
      ...(input.externalId && row.externalId === input.externalId ? (["externalId"] as const) : []),
      ...(input.birthDate &&
      fromDbDate(row.birthDate) === input.birthDate &&
      row.searchName === searchNameOf(input.firstName, input.lastName)
        ? (["nameAndBirthDate"] as const)
        : []),
    ],
  }));
}

export interface MemberHeader {
  id: string;
  version: number;
  insz: string;
  externalId: string | null;
  firstName: string;
  lastName: string;
  birthDate: ISODate;
  age: number;
  sex: string;
  language: string;
  region: string;
  postalCode: string;
  municipality: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  statute: string;
  workType: string | null;
  workRegime: string | null;
  referenceWeeklyHours: number | null;
  sector: string | null;
  employer: { id: string; name: string; kbo: string | null } | null;
  team: { id: string; name: string };
  coordinator: { id: string; name: string } | null;
  /** The open incapacity (or the last one), counted from the start of its relapse chain. */
  incapacity: {
    periodId: string;
    episodeStart: ISODate;
    startDate: ISODate;
    endDate: ISODate | null;
    phase: Phase;
    dayCount: number;
  } | null;
  /** The latest residual-capacity category, if any. */
  category: number | null;
  trajectory: { id: string; status: string } | null;
}

/**
 * The identity block of a member file, or null when the member is not in the user's scope. Cached per request:
 * the member layout and its page both ask for it.
 */
export const getMemberHeader = cache(async function getMemberHeader(
  user: ScopedUser,
  memberId: string,
  today: ISODate,
): Promise<MemberHeader | null> {
  const member = await getDb().member.findFirst({
    where: { AND: [{ id: memberId }, memberWhereForUser(user)] },
    select: {
      id: true,
      version: true,
      insz: true,
      externalId: true,
      firstName: true,
      lastName: true,
      birthDate: true,
      sex: true,
      language: true,
      region: true,
      postalCode: true,
      municipality: true,
      address: true,
      phone: true,
      email: true,
      statute: true,
      workType: true,
      workRegime: true,
      referenceWeeklyHours: true,
      sector: true,
      employer: { select: { id: true, name: true, kbo: true } },
      team: { select: { id: true, name: true } },
      coordinator: { select: { id: true, name: true } },
      periods: {
        select: { id: true, startDate: true, endDate: true, episodeStartDate: true },
        orderBy: { startDate: "asc" },
      },
      assessments: {
        select: { category: true },
        orderBy: [{ assessedDate: "desc" }, { createdAt: "desc" }],
        take: 1,
      },
      trajectories: {
        select: { id: true, status: true },
        orderBy: [{ referredDate: "desc" }, { createdAt: "desc" }],
        take: 1,
      },
    },
  });
  if (!member) return null;
  const current = member.periods.find((p) => !p.endDate) ?? member.periods[member.periods.length - 1];
  let incapacity: MemberHeader["incapacity"] = null;
  if (current) {
    // The start of the relapse chain is kept by the database (IncapacityPeriod.episodeStartDate).
    const episodeStart = fromDbDate(current.episodeStartDate ?? current.startDate);
    const endDate = fromDbDate(current.endDate);
    const referenceDay = endDate && endDate < today ? endDate : today;
    incapacity = {
      periodId: current.id,
      episodeStart,
      startDate: fromDbDate(current.startDate),
      endDate,
      phase: phaseOn(episodeStart, referenceDay),
      dayCount: dayCount(episodeStart, referenceDay),
    };
  }
  const birthDate = fromDbDate(member.birthDate);
  return {
    ...member,
    birthDate,
    age: yearsBetween(birthDate, today),
    referenceWeeklyHours: member.referenceWeeklyHours === null ? null : Number(member.referenceWeeklyHours),
    incapacity,
    category: member.assessments[0]?.category ?? null,
    trajectory: member.trajectories[0] ?? null,
  };
});

/** Every opening of a member file is audited (DOMAIN.md); `purpose` is set for break-glass access. */
export async function recordMemberView(
  user: ScopedUser,
  memberId: string,
  requestId?: string | null,
  entity = "Member",
): Promise<void> {
  await recordAudit(getDb(), {
    actor: user,
    action: "VIEW",
    entity,
    entityId: memberId,
    memberId,
    requestId,
  });
}

/** Coordinators of a team (for assignment and reassignment). */
export async function findTeamCoordinators(teamId: string): Promise<{ id: string; name: string }[]> {
  return getDb().user.findMany({
    where: { teamId, role: "COORDINATOR", isActive: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export interface TeamMemberRow {
  id: string;
  version: number;
  firstName: string;
  lastName: string;
  externalId: string | null;
  coordinator: { id: string; name: string } | null;
  /** The latest trajectory's status (not medical), to balance open work. */
  trajectoryStatus: string | null;
}

const ZTeamMemberCursor = z.object({ l: z.string(), f: z.string(), id: z.string() });

/**
 * The members of the user's own team with their coordinator, for reassignment (coordinators and managers of
 * the team). Identity only — name, core-system id, coordinator and trajectory status — so a manager, who
 * has no access to member files, can hand members over. By name, a keyset page at a time.
 */
export async function findTeamMembers(
  user: ScopedUser,
  filter: TTeamMemberFilter,
  limit = DEFAULT_PAGE_SIZE,
): Promise<Page<TeamMemberRow>> {
  const teamId = reassignableTeamId(user);
  if (!teamId) return { items: [], nextCursor: null };
  const and: Prisma.MemberWhereInput[] = [{ teamId }];
  if (filter.coordinatorId === "none") {
    // Nobody, or somebody who is no longer an active coordinator of this team (as in findTeamCaseloads).
    and.push({
      OR: [
        { coordinatorId: null },
        {
          coordinator: {
            OR: [
              { isActive: false },
              { role: { not: "COORDINATOR" } },
              { teamId: null },
              { teamId: { not: teamId } },
            ],
          },
        },
      ],
    });
  } else if (filter.coordinatorId) and.push({ coordinatorId: filter.coordinatorId });
  if (filter.q) {
    const digits = normaliseInsz(filter.q);
    and.push(
      /^\d{11}$/.test(digits)
        ? { insz: digits }
        : { OR: [{ searchName: { contains: normaliseSearch(filter.q) } }, { externalId: filter.q.trim() }] },
    );
  }
  const cursor = decodeCursor(filter.cursor, ZTeamMemberCursor);
  if (cursor) {
    and.push({
      OR: [
        { lastName: { gt: cursor.l } },
        { lastName: cursor.l, firstName: { gt: cursor.f } },
        { lastName: cursor.l, firstName: cursor.f, id: { gt: cursor.id } },
      ],
    });
  }
  const rows = await getDb().member.findMany({
    where: { AND: and },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: {
      id: true,
      version: true,
      firstName: true,
      lastName: true,
      externalId: true,
      coordinator: { select: { id: true, name: true } },
      trajectories: {
        select: { status: true },
        orderBy: [{ referredDate: "desc" }, { createdAt: "desc" }],
        take: 1,
      },
    },
  });
  const page = toPage(rows, limit, (row) => ({ l: row.lastName, f: row.firstName, id: row.id }));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ trajectories, ...row }) => ({
      ...row,
      trajectoryStatus: trajectories[0]?.status ?? null,
    })),
  };
}

export interface TeamCaseload {
  teamName: string;
  /** Every active coordinator of the team with the number of members they coordinate (0 included). */
  coordinators: { id: string; name: string; memberCount: number }[];
  /** Members of the team without a coordinator (or with one who left the team or was deactivated). */
  unassignedCount: number;
}

/** How many members each coordinator of the user's team has: the figures reassignment balances. */
export async function findTeamCaseloads(user: ScopedUser): Promise<TeamCaseload | null> {
  const teamId = reassignableTeamId(user);
  if (!teamId) return null;
  const db = getDb();
  const [team, coordinators, counts] = await Promise.all([
    db.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true } }),
    findTeamCoordinators(teamId),
    db.member.groupBy({ by: ["coordinatorId"], where: { teamId }, _count: { _all: true } }),
  ]);
  const byCoordinator = new Map(counts.map((row) => [row.coordinatorId, row._count._all]));
  const active = new Set(coordinators.map((c) => c.id));
  return {
    teamName: team.name,
    coordinators: coordinators.map((c) => ({ ...c, memberCount: byCoordinator.get(c.id) ?? 0 })),
    unassignedCount: counts
      .filter((row) => row.coordinatorId === null || !active.has(row.coordinatorId))
      .reduce((sum, row) => sum + row._count._all, 0),
  };
}
