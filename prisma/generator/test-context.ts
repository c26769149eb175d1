// A build context without a database (unit tests, calibration): staff and employers with fixed ids.
import type { BuildContext, EmployerRef, StaffTeam } from "@/prisma/generator/builder";
import { REGION_SHARES } from "@/prisma/generator/model";
import type { DemoRegion } from "@/prisma/generator/places";
import { Rng } from "@/prisma/generator/random";
import { uuidv7 } from "@/prisma/generator/uuid";

export const TEST_TODAY = "2026-11-22";

export function testContext(seed: number, today = TEST_TODAY): BuildContext {
  const rng = new Rng(7);
  let counter = 0;
  const id = () => uuidv7(1_750_000_000_000 + counter++, 0, rng);
  const regions = Object.keys(REGION_SHARES) as DemoRegion[];
  const team = (region: DemoRegion): StaffTeam => ({
    teamId: id(),
    region,
    coordinators: [id(), id(), id()],
    physicians: [id()],
  });
  const employers = (count: number): EmployerRef[] =>
    Array.from({ length: count }, (_, i) => ({
      id: id(),
      name: `Werkgever ${i + 1} NV`,
      sector: "Q",
      sizeBand: i < 3 ? "LARGE" : "SMALL",
    }));
  return {
    seed,
    today,
    teams: Object.fromEntries(regions.map((region) => [region, team(region)])) as Record<
      DemoRegion,
      StaffTeam
    >,
    employers: Object.fromEntries(
      regions.map((region) => [region, employers(Math.max(8, Math.round(REGION_SHARES[region] * 300)))]),
    ) as Record<DemoRegion, EmployerRef[]>,
    referralResponseDays: 30,
    usedInsz: new Set(),
    idBaseMs: Date.parse(`${today}T00:00:00Z`) - 86_400_000,
    externalIdPrefix: `G${seed}-`,
  };
}

/** The users of a test context by role (for verifyMemberFile). */
export function testStaff(context: BuildContext): { physicians: Set<string>; coordinators: Set<string> } {
  const teams = Object.values(context.teams);
  return {
    physicians: new Set(teams.flatMap((team) => team.physicians)),
    coordinators: new Set(teams.flatMap((team) => team.coordinators)),
  };
}
