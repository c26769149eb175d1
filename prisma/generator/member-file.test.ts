import { describe, expect, it } from "vitest";

import { addDays, brusselsMidnight } from "@/lib/dates";
import { regionOfPostalCode } from "@/lib/members/rules";
import { buildMemberFile } from "@/prisma/generator/member-file";
import { SEED_000, SEED_004 } from "@/prisma/generator/model";
import { PLACES, type DemoRegion } from "@/prisma/generator/places";
import type { MemberFileRows } from "@/prisma/generator/rows";
import { cohortTable, fileDistributions, type CohortGroup } from "@/prisma/generator/stats";
import { testContext, testStaff, TEST_TODAY } from "@/prisma/generator/test-context";
import { uuidv7 } from "@/prisma/generator/uuid";
import { Rng } from "@/prisma/generator/random";
import { verifyMemberFile } from "@/prisma/generator/verify";

const FILES = 2000;

function build(seed: number, count: number, today = TEST_TODAY): MemberFileRows[] {
  const context = testContext(seed, today);
  return Array.from({ length: count }, (_, index) => buildMemberFile(context, index));
}

const files = build(1, FILES);
const context = testContext(1);
const options = { today: TEST_TODAY, referralResponseDays: 30, ...testStaff(context) };

describe("demo member files", () => {
  it("are the same for the same seed and day, and differ for another seed", () => {
    expect(build(1, 50)).toEqual(files.slice(0, 50));
    const other = build(2, 50);
    expect(other.map((file) => file.member.insz)).not.toEqual(files.slice(0, 50).map((f) => f.member.insz));
    // A member's file depends on the seed and its index only (not on how many are built before it).
    const single = buildMemberFile(testContext(1), 1234);
    expect(single.member.birthDate).toBe(files[1234]!.member.birthDate);
    expect(single.periods).toEqual(files[1234]!.periods);
  });

  it("pass the application's rules, with nothing dated after the day they are generated for", () => {
    const problems = files.flatMap((file) => verifyMemberFile(file, options));
    expect(problems).toEqual([]);
    // Another day and seed: the same rules hold (e.g. across the 2026 regime change).
    const earlier = build(9, 300, "2025-03-14");
    const earlierOptions = { ...options, today: "2025-03-14", ...testStaff(testContext(9, "2025-03-14")) };
    expect(earlier.flatMap((file) => verifyMemberFile(file, earlierOptions))).toEqual([]);
  });

  it("have unique identifiers (INSZ, external id, row ids)", () => {
    const insz = new Set(files.map((file) => file.member.insz));
    expect(insz.size).toBe(FILES);
    expect(new Set(files.map((file) => file.member.externalId)).size).toBe(FILES);
    const ids = files.flatMap((file) => [
      file.member.id,
      ...Object.values(file)
        .filter(Array.isArray)
        .flatMap((rows: { id: string }[]) => rows.map((row) => row.id)),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)),
    ).toBe(true);
  });

  it("tell a broken file from a good one (the check itself can fail)", () => {
    const file = structuredClone(
      files.find((f) => f.trajectories[0]?.status === "CLOSED" && f.referrals.length && f.goals.length)!,
    );
    const broken = [
      (f: MemberFileRows) =>
        f.questionnaires[0]
          ? (f.questionnaires[0].dueDate = addDays(f.questionnaires[0].dueDate, 1))
          : (f.periods[0]!.endDate = "2099-01-01"),
      (f: MemberFileRows) => (f.consents = []),
      (f: MemberFileRows) => (f.transitions[1]!.date = addDays(f.trajectories[0]!.referredDate, -1)),
      (f: MemberFileRows) => (f.deadlines[0]!.metDate = null),
      (f: MemberFileRows) => (f.assessments[0]!.medicalNotes = null),
      (f: MemberFileRows) => (f.member.postalCode = f.member.region === "WALLONIA" ? "9000" : "6000"),
      (f: MemberFileRows) =>
        (f.goals[0]!.createdAt = brusselsMidnight(addDays(f.trajectories[0]!.firstContactDate!, -1))),
    ];
    expect(verifyMemberFile(file, options)).toEqual([]);
    for (const breakIt of broken) {
      const copy = structuredClone(file);
      breakIt(copy);
      expect(verifyMemberFile(copy, options).length).toBeGreaterThan(0);
    }
  });
});

describe("demo data distributions (2,000 files) against the seed figures", () => {
  const table = cohortTable(files, TEST_TODAY);
  const shares = fileDistributions(files);

  it("follow seed 000's cohort table (shares, durations, progressive return)", () => {
    const groups: [CohortGroup, keyof typeof SEED_000][] = [
      ["F", "F"],
      ["M", "M"],
      ["BURNOUT", "BURNOUT"],
      ["OTHER", "OTHER"],
      ["55+", "55+"],
      ["<55", "<55"],
    ];
    for (const [group, reference] of groups) {
      const row = table[group];
      const seed = SEED_000[reference];
      const small = group === "BURNOUT"; // about 80 periods: wider margins
      expect.soft(Math.abs(row.share - seed.share), `${group} share`).toBeLessThan(2.5);
      // 55+: periods end at the pension age, which caps them near 11 years (seed 000's 2,627 days is not reachable).
      const durationMargin = group === "55+" ? 0.2 : small ? 0.25 : 0.12;
      expect
        .soft(Math.abs(row.meanIncapacityDays! / seed.meanDays - 1), `${group} mean days`)
        .toBeLessThan(durationMargin);
      expect
        .soft(Math.abs(row.progressiveReturnRate! - seed.prRate), `${group} PR rate`)
        .toBeLessThan(small ? 9 : 2.5);
      expect
        .soft(Math.abs(row.medianDaysToProgressiveReturn! / seed.medianDelay - 1), `${group} delay`)
        .toBeLessThan(small ? 0.35 : 0.15);
      expect
        .soft(Math.abs(row.medianProgressiveReturnDays! / seed.medianPrDays - 1), `${group} PR days`)
        .toBeLessThan(small ? 0.4 : 0.2);
      expect.soft(Math.abs(row.meanVolume! - seed.volume), `${group} volume`).toBeLessThan(small ? 6 : 3);
      expect
        .soft(Math.abs(row.fullReturnRate! - seed.fullReturn), `${group} full return`)
        .toBeLessThan(small ? 20 : 8);
    }
  });

  it("follow seed 004 and the regions of the demo teams", () => {
    expect.soft(Math.abs(shares.coached! - SEED_004.coached)).toBeLessThan(3);
    expect.soft(Math.abs(shares.initiative.MEMBER! - SEED_004.memberInitiative)).toBeLessThan(6);
    expect.soft(Math.abs(shares.meanContactsPerCoached! - SEED_004.meanContacts)).toBeLessThan(0.5);
    // Most coached trajectories get a plan, not all: the funnel's "active" stage is not "first contact".
    expect.soft(shares.coachedWithPlan).toBeGreaterThan(85);
    expect.soft(shares.coachedWithPlan).toBeLessThan(98);
    expect.soft(Math.abs(shares.referralTarget.OCCUPATIONAL_PHYSICIAN! - 38.4)).toBeLessThan(10);
    expect.soft(Math.abs(shares.referralTarget.EMPLOYMENT_SERVICE! - 34.7)).toBeLessThan(10);
    expect.soft(Math.abs(shares.questionnaireReturned! - 60)).toBeLessThan(5);
    expect.soft(Math.abs(shares.region.FLANDERS! - 60)).toBeLessThan(3);
    expect.soft(Math.abs(shares.region.WALLONIA! - 30)).toBeLessThan(3);
    expect.soft(Math.abs(shares.region.BRUSSELS! - 8)).toBeLessThan(2);
    expect.soft(Math.abs(shares.region.GERMAN_SPEAKING! - 2)).toBeLessThan(1);
    expect.soft(shares.language.de).toBeGreaterThan(0.5);
    expect.soft(Math.abs(shares.stopReason.HEALTH_NO_LONGER_ALLOWS! - 33.7)).toBeLessThan(8);
    expect.soft(Math.abs(shares.stopReason.RESUMED_FULLY! - 22.8)).toBeLessThan(7);
    expect.soft(Math.abs(shares.outcomeWithResult.BACK_AT_WORK! - 39.9)).toBeLessThan(10);
  });
});

describe("generator data", () => {
  it("uses Belgian postal codes of the right region", () => {
    for (const region of Object.keys(PLACES) as DemoRegion[]) {
      for (const place of PLACES[region])
        expect(regionOfPostalCode(place.postalCode), place.postalCode).toBe(region);
    }
  });

  it("makes UUIDv7 ids that sort by timestamp, then counter", () => {
    const rng = new Rng(1);
    const ids = [uuidv7(1000, 0, rng), uuidv7(1000, 1, rng), uuidv7(1001, 0, rng)];
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]!.slice(0, 14)).toBe("00000000-03e8-");
  });
});
