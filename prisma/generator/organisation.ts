// The organisation behind generated members: the demo organisation (prisma/seed.ts), plus enough coordinators
// and advising physicians per region that a coordinator carries a realistic caseload, in teams of a handful of
// coordinators (the demo team of the region first, then more teams of the region). Teams and users are made
// through createTeam and createUser (same validation, password hashing and audit rows as the admin screens).
import "server-only";

import { getDb } from "@/lib/db";
import { createUser } from "@/lib/users/mutations";
import { ZCreateUserSchema } from "@/lib/users/schemas";
import { DEMO_PASSWORD, DEMO_TEAMS } from "@/prisma/demo-users";
import { createTeam } from "@/lib/teams/mutations";
import { ZCreateTeamSchema } from "@/lib/teams/schemas";
import { regionStaff, type RegionStaff, type StaffTeam } from "@/prisma/generator/builder";
import { COORDINATORS_PER_TEAM, staffNeeded } from "@/prisma/generator/model";
import { FIRST_NAMES, LAST_NAMES } from "@/prisma/generator/names";
import type { DemoRegion } from "@/prisma/generator/places";
import { Rng, hashInts } from "@/prisma/generator/random";
import { seedOrganisation } from "@/prisma/seed";

export const GENERATOR_CONTEXT = { actor: null, actorLabel: "seed" } as const;

const TEAM_CODE: Record<DemoRegion, string> = {
  FLANDERS: "vl",
  WALLONIA: "wal",
  BRUSSELS: "bxl",
  GERMAN_SPEAKING: "dg",
};
const TEAM_LOCALE: Record<DemoRegion, "nl" | "fr" | "de"> = {
  FLANDERS: "nl",
  WALLONIA: "fr",
  BRUSSELS: "fr",
  GERMAN_SPEAKING: "de",
};
const NAME_STOCK: Record<DemoRegion, "nl" | "fr" | "de"> = {
  FLANDERS: "nl",
  WALLONIA: "fr",
  BRUSSELS: "fr",
  GERMAN_SPEAKING: "de",
};

/** How many of `total` the team at `index` of `teams` gets: coordinators fill teams in turn, physicians spread. */
function shareOf(total: number, teams: number, index: number, fill: boolean): number {
  if (fill) return Math.max(0, Math.min(COORDINATORS_PER_TEAM, total - index * COORDINATORS_PER_TEAM));
  return Math.floor(total / teams) + (index < total % teams ? 1 : 0);
}

async function runLimited<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await tasks[index]!();
      }
    }),
  );
  return results;
}

/** The region's team at `index`: the demo team first, then "<demo team> 2", "<demo team> 3", … (made if missing). */
async function teamAt(demoTeam: (typeof DEMO_TEAMS)[number], index: number): Promise<string> {
  const name = index === 0 ? demoTeam.name : `${demoTeam.name} ${index + 1}`;
  const existing = await getDb().team.findUnique({ where: { name }, select: { id: true } });
  if (existing) return existing.id;
  const input = ZCreateTeamSchema.parse({ name, region: demoTeam.region });
  return (await createTeam(input, GENERATOR_CONTEXT)).id;
}

/**
 * The demo organisation and the extra staff for `members`, in teams of a handful of coordinators with their
 * advising physician; every region's staff, team by team.
 */
export async function ensureStaff(
  members: number,
  log: (message: string) => void,
): Promise<Record<DemoRegion, RegionStaff>> {
  await seedOrganisation(log);
  const db = getDb();
  const staff = {} as Record<DemoRegion, RegionStaff>;
  let created = 0;
  for (const demoTeam of DEMO_TEAMS) {
    const region = demoTeam.region as DemoRegion;
    const need = staffNeeded(region, members);
    const teams: StaffTeam[] = [];
    // Extra users are numbered per region (coordinator.vl001, …) across its teams.
    const taken = new Set(
      (
        await db.user.findMany({
          where: { email: { contains: `.${TEAM_CODE[region]}`, endsWith: "@demo.reprise.be" } },
          select: { email: true },
        })
      ).map((user) => user.email),
    );
    const counters = { COORDINATOR: 1, ADVISING_PHYSICIAN: 1 };
    for (let index = 0; index < need.teams; index++) {
      const teamId = await teamAt(demoTeam, index);
      const tasks: (() => Promise<unknown>)[] = [];
      for (const role of ["COORDINATOR", "ADVISING_PHYSICIAN"] as const) {
        const isCoordinator = role === "COORDINATOR";
        const wanted = isCoordinator
          ? shareOf(need.coordinators, need.teams, index, true)
          : shareOf(need.physicians, need.teams, index, false);
        const existing = await db.user.count({ where: { teamId, role, isActive: true } });
        for (let missing = wanted - existing; missing > 0; missing--) {
          const prefix = isCoordinator ? "coordinator" : "physician";
          let email: string;
          let n: number;
          do {
            n = counters[role]++;
            email = `${prefix}.${TEAM_CODE[region]}${String(n).padStart(3, "0")}@demo.reprise.be`;
          } while (taken.has(email));
          taken.add(email);
          // Names do not depend on the seed: the same staff for any data set of the same size.
          const rng = new Rng(hashInts(n, isCoordinator ? 1 : 2, region.length));
          const stock = NAME_STOCK[region];
          const first = rng.pick(FIRST_NAMES[stock][rng.chance(0.6) ? "F" : "M"]);
          const last = rng.pick(LAST_NAMES[stock]);
          const input = ZCreateUserSchema.parse({
            email,
            name: isCoordinator ? `${first} ${last}` : `Dr. ${first} ${last}`,
            role,
            teamId,
            locale: TEAM_LOCALE[region],
            password: DEMO_PASSWORD,
          });
          tasks.push(() => createUser(input, GENERATOR_CONTEXT));
        }
      }
      await runLimited(tasks, 4);
      created += tasks.length;
      const users = await db.user.findMany({
        where: { teamId, isActive: true, role: { in: ["COORDINATOR", "ADVISING_PHYSICIAN"] } },
        select: { id: true, role: true },
        orderBy: { email: "asc" },
      });
      teams.push({
        teamId,
        region,
        coordinators: users.filter((user) => user.role === "COORDINATOR").map((user) => user.id),
        physicians: users.filter((user) => user.role === "ADVISING_PHYSICIAN").map((user) => user.id),
      });
    }
    staff[region] = regionStaff(region, teams);
  }
  const summary = (Object.keys(staff) as DemoRegion[])
    .map(
      (region) =>
        `${TEAM_CODE[region]} ${staff[region].teams.length} teams, ` +
        `${staff[region].coordinators.length}+${staff[region].physicians.length}`,
    )
    .join("; ");
  log(`staff for ${members} members: ${created} new users (coordinators+physicians per region: ${summary})`);
  return staff;
}
