// The organisation behind generated members: the demo organisation (prisma/seed.ts), plus enough coordinators
// and advising physicians per regional team that a coordinator carries a realistic caseload. Extra users are
// made through createUser (same validation, password hashing and audit row as the admin screen).
import "server-only";

import { getDb } from "@/lib/db";
import { createUser } from "@/lib/users/mutations";
import { ZCreateUserSchema } from "@/lib/users/schemas";
import { DEMO_PASSWORD, DEMO_TEAMS } from "@/prisma/demo-users";
import type { StaffTeam } from "@/prisma/generator/builder";
import { CASELOAD_PER_COORDINATOR, MEMBERS_PER_PHYSICIAN, REGION_SHARES } from "@/prisma/generator/model";
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

/** How many coordinators and physicians a team needs for its share of `members`. */
export function staffNeeded(
  region: DemoRegion,
  members: number,
): { coordinators: number; physicians: number } {
  const teamMembers = Math.ceil(members * REGION_SHARES[region]);
  return {
    coordinators: Math.max(1, Math.ceil(teamMembers / CASELOAD_PER_COORDINATOR)),
    physicians: Math.max(1, Math.ceil(teamMembers / MEMBERS_PER_PHYSICIAN)),
  };
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

/** The demo organisation and the extra staff for `members`; the staff of each regional team, by e-mail. */
export async function ensureStaff(
  members: number,
  log: (message: string) => void,
): Promise<Record<DemoRegion, StaffTeam>> {
  await seedOrganisation(log);
  const db = getDb();
  const staff = {} as Record<DemoRegion, StaffTeam>;
  let created = 0;
  for (const demoTeam of DEMO_TEAMS) {
    const region = demoTeam.region as DemoRegion;
    const team = await db.team.findUniqueOrThrow({ where: { name: demoTeam.name }, select: { id: true } });
    const need = staffNeeded(region, members);
    for (const role of ["COORDINATOR", "ADVISING_PHYSICIAN"] as const) {
      const wanted = role === "COORDINATOR" ? need.coordinators : need.physicians;
      const existing = await db.user.findMany({
        where: { teamId: team.id, role, isActive: true },
        select: { email: true },
      });
      const emails = new Set(existing.map((user) => user.email));
      const tasks: (() => Promise<unknown>)[] = [];
      for (let n = 1; emails.size + tasks.length < wanted; n++) {
        const prefix = role === "COORDINATOR" ? "coordinator" : "physician";
        const email = `${prefix}.${TEAM_CODE[region]}${String(n).padStart(3, "0")}@demo.reprise.be`;
        if (emails.has(email)) continue;
        // Names do not depend on the seed: the same staff for any data set of the same size.
        const rng = new Rng(hashInts(n, role === "COORDINATOR" ? 1 : 2, region.length));
        const stock = NAME_STOCK[region];
        const first = rng.pick(FIRST_NAMES[stock][rng.chance(0.6) ? "F" : "M"]);
        const last = rng.pick(LAST_NAMES[stock]);
        const input = ZCreateUserSchema.parse({
          email,
          name: role === "COORDINATOR" ? `${first} ${last}` : `Dr. ${first} ${last}`,
          role,
          teamId: team.id,
          locale: TEAM_LOCALE[region],
          password: DEMO_PASSWORD,
        });
        tasks.push(() => createUser(input, GENERATOR_CONTEXT));
      }
      await runLimited(tasks, 4);
      created += tasks.length;
    }
    const users = await db.user.findMany({
      where: { teamId: team.id, isActive: true, role: { in: ["COORDINATOR", "ADVISING_PHYSICIAN"] } },
      select: { id: true, email: true, role: true },
      orderBy: { email: "asc" },
    });
    staff[region] = {
      teamId: team.id,
      region,
      coordinators: users.filter((user) => user.role === "COORDINATOR").map((user) => user.id),
      physicians: users.filter((user) => user.role === "ADVISING_PHYSICIAN").map((user) => user.id),
    };
  }
  const summary = (Object.keys(staff) as DemoRegion[])
    .map(
      (region) =>
        `${TEAM_CODE[region]} ${staff[region].coordinators.length}+${staff[region].physicians.length}`,
    )
    .join(", ");
  log(`staff for ${members} members: ${created} new users (coordinators+physicians per team: ${summary})`);
  return staff;
}
