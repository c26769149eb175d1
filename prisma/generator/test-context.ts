// A build context without a database (unit tests, calibration): staff and employers with fixed ids.
import {
  regionStaff,
  type BuildContext,
  type EmployerRef,
  type RegionStaff,
  type StaffTeam,
} from "@/prisma/generator/builder";
import { InszRegistry } from "@/prisma/generator/insz";
import { PROFILES, REGION_SHARES, type GeneratorProfile } from "@/prisma/generator/model";
import type { DemoRegion } from "@/prisma/generator/places";
import { Rng } from "@/prisma/generator/random";
import { uuidv7 } from "@/prisma/generator/uuid";

export const TEST_TODAY = "2026-11-22";

export function testContext(
  seed: number,
  today = TEST_TODAY,
  profile: GeneratorProfile = PROFILES.default,
): BuildContext {
  const rng = new Rng(7);
  let counter = 0;
  const id = () => uuidv7(1_750_000_000_000 + counter++, 0, rng);
  const regions = Object.keys(REGION_SHARES) as DemoRegion[];
  // Two teams per region: three coordinators and a physician, two coordinators and none (whose members
  // are seen by the region's physicians).
  const team = (region: DemoRegion, coordinators: number, physicians: number): StaffTeam => ({
    teamId: id(),
    region,
    coordinators: Array.from({ length: coordinators }, id),
    physicians: Array.from({ length: physicians }, id),
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
    teams: Object.fromEntries(
      regions.map((region) => [region, regionStaff(region, [team(region, 3, 1), team(region, 2, 0)])]),
    ) as Record<DemoRegion, RegionStaff>,
    profile,
    employers: Object.fromEntries(
      regions.map((region) => [region, employers(Math.max(8, Math.round(REGION_SHARES[region] * 300)))]),
    ) as Record<DemoRegion, EmployerRef[]>,
    referralResponseDays: 30,
    usedInsz: new InszRegistry(),
    idBaseMs: Date.parse(`${today}T00:00:00Z`) - 86_400_000,
    externalIdPrefix: `G${seed}-`,
  };
}

/** The users of a test context by role, and each coordinator's team (for verifyMemberFile). */
export function testStaff(context: BuildContext): {
  physicians: Set<string>;
  coordinators: Set<string>;
  teamOf: Map<string, string>;
} {
  const teams = Object.values(context.teams).flatMap((staff) => staff.teams);
  return {
    physicians: new Set(teams.flatMap((team) => team.physicians)),
    coordinators: new Set(teams.flatMap((team) => team.coordinators)),
    teamOf: new Map(teams.flatMap((team) => team.coordinators.map((id) => [id, team.teamId] as const))),
  };
}
