import "server-only";

import { getDb } from "@/lib/db";

export interface TeamListItem {
  id: string;
  name: string;
  region: "FLANDERS" | "WALLONIA" | "BRUSSELS" | "GERMAN_SPEAKING" | "ABROAD";
  version: number;
  userCount: number;
}

/** All teams with their number of users (a fund has tens of teams, not thousands: no pagination). */
export async function findTeams(): Promise<TeamListItem[]> {
  const teams = await getDb().team.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, region: true, version: true, _count: { select: { users: true } } },
  });
  return teams.map(({ _count, ...team }) => ({ ...team, userCount: _count.users }));
}

export async function findTeamOptions(): Promise<{ id: string; name: string }[]> {
  return getDb().team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
