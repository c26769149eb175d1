// The figures the demo data aims at (DOMAIN.md, Reports; research/domain-brief.md §5.3–§6) and the model
// parameters that reproduce them. Targets are reference values to compare against, never copied into rows:
// every row is drawn from the distributions below and then goes through the application's schemas and rules.
import type {
  AdjustmentRefusalReason,
  AdjustmentType,
  ContactChannel,
  ContactParty,
  NaceSection,
  StopReason,
  TrajectoryOutcome,
} from "@/lib/generated/prisma/enums";
import { weighted, type WeightTable } from "@/prisma/generator/random";
import type { DemoRegion } from "@/prisma/generator/places";
import type { DiagnosisGroup } from "@/prisma/generator/texts";

/** Seed 000 (Solidaris, progressive return), by sex / diagnosis / age band at the period's start. */
export const SEED_000 = {
  F: {
    share: 54.85,
    meanDays: 1582,
    prRate: 13.56,
    medianDelay: 207,
    medianPrDays: 395,
    volume: 45,
    fullReturn: 35,
  },
  M: {
    share: 45.15,
    meanDays: 1408,
    prRate: 8.1,
    medianDelay: 251,
    medianPrDays: 341,
    volume: 50,
    fullReturn: 38,
  },
  BURNOUT: {
    share: 4,
    meanDays: 893,
    prRate: 24,
    medianDelay: 176,
    medianPrDays: 214,
    volume: 46,
    fullReturn: 53,
  },
  OTHER: {
    share: 96,
    meanDays: 1532,
    prRate: 11,
    medianDelay: 228,
    medianPrDays: 395,
    volume: 47,
    fullReturn: 34,
  },
  "55+": {
    share: 30,
    meanDays: 2627,
    prRate: 10,
    medianDelay: 233,
    medianPrDays: 726,
    volume: 47,
    fullReturn: 22,
  },
  "<55": {
    share: 70,
    meanDays: 1025,
    prRate: 11,
    medianDelay: 216,
    medianPrDays: 302,
    volume: 46,
    fullReturn: 41,
  },
} as const;

/** Seed 004 (CM survey) headline shares, in %. */
export const SEED_004 = {
  coached: 18,
  memberInitiative: 51,
  meanContacts: 3,
  /** Fig 11, referral targets (employment services together). */
  referralTargets: {
    OCCUPATIONAL_PHYSICIAN: 38.4,
    EMPLOYMENT_SERVICE: 34.7,
    CAREER_GUIDANCE: 15.3,
    OTHER: 4.7,
    ADVISING_PHYSICIAN: 2.6,
    GP_PSYCHOLOGIST_PARAMEDIC: 2.6,
    EMPLOYER: 1.6,
  },
  /** Of those back at work, share that needed adjustments. */
  neededAdjustments: 55,
} as const;

// ---------------------------------------------------------------------------------------------------------
// Identity
// ---------------------------------------------------------------------------------------------------------

/** Members live in the demo teams' regions (Flanders ~60 %, Wallonia ~30 %, Brussels ~8 %, East Belgium ~2 %). */
export const REGION_SHARES: Readonly<Record<DemoRegion, number>> = {
  FLANDERS: 0.6,
  WALLONIA: 0.3,
  BRUSSELS: 0.08,
  GERMAN_SPEAKING: 0.02,
};
export const pickRegion = weighted<DemoRegion>(
  (Object.keys(REGION_SHARES) as DemoRegion[]).map((region) => [region, REGION_SHARES[region]] as const),
);

export const pickSex = weighted<"F" | "M" | "X">([
  ["F", 54.75],
  ["M", 45.05],
  ["X", 0.2],
]);

/**
 * Diagnosis groups: burn-out at seed 000's 4 % (the cohort report's reference); the other groups keep seed
 * 004's proportions (psychological disorders keep the mental-health total of about a third).
 */
export const DIAGNOSIS_WEIGHTS: WeightTable<DiagnosisGroup> = [
  ["BURNOUT", 4],
  ["MENTAL", 30],
  ["MSK", 25],
  ["INJURY", 11],
  ["CANCER", 8.5],
  ["NERVOUS", 4],
  ["CARDIO", 3.5],
  ["FIBRO_CFS", 3],
  ["MULTIPLE", 2.5],
  ["DIGESTIVE", 1.5],
  ["LONG_COVID", 1.2],
  ["OTHER", 5.8],
];
export const pickDiagnosis = weighted(DIAGNOSIS_WEIGHTS);

export const pickStatute = weighted<"EMPLOYEE" | "UNEMPLOYED" | "SELF_EMPLOYED">([
  ["EMPLOYEE", 84],
  ["UNEMPLOYED", 11],
  ["SELF_EMPLOYED", 5],
]);

export const pickSector = weighted<NaceSection>([
  ["C", 14],
  ["G", 14],
  ["Q", 16],
  ["N", 9],
  ["H", 7],
  ["F", 7],
  ["P", 6],
  ["O", 6],
  ["I", 4],
  ["M", 4],
  ["K", 3],
  ["J", 3],
  ["S", 3],
  ["A", 1],
  ["R", 1],
  ["E", 1],
  ["L", 1],
]);

export const pickReferenceHours = weighted<number>([
  [38, 70],
  [40, 8],
  [37.5, 8],
  [36, 7],
  [39, 7],
]);

// ---------------------------------------------------------------------------------------------------------
// Incapacity (calibrated so that the cohort table of seed 000 comes out close; see generator tests)
// ---------------------------------------------------------------------------------------------------------

/** Share of periods whose member is 55 or older on the start date. */
export const AGE_55_SHARE = 0.3;

/**
 * Median observed length (min(end, today) − start + 1) of a period without progressive return, for a man
 * under 55 with a diagnosis other than burn-out; multiplied by the group factors below. Log-normal.
 */
export const LENGTH = {
  median: 680,
  sigma: 1.05,
  /** Members 55+ have long periods up to their pension: a narrower spread around a longer median. */
  sigma55: 0.55,
  factor: { F: 1.25, M: 1, X: 1.1, BURNOUT: 0.56, OTHER: 1, AGE55: 5, UNDER55: 1 },
  min: 14,
} as const;

/** Chance that a period without progressive return is still open today. */
export const OPEN_SHARE = 0.5;
/** Days between the end of a closed period and today: uniform in [1, this]. */
export const MAX_DAYS_SINCE_END = 1100;

export const pickEndReason = weighted<
  "FULL_RETURN" | "DISMISSAL" | "MEDICAL_FORCE_MAJEURE" | "PART_TIME_CONTINUED" | "DEATH" | "OTHER"
>([
  ["FULL_RETURN", 66],
  ["DISMISSAL", 9],
  ["MEDICAL_FORCE_MAJEURE", 7],
  ["PART_TIME_CONTINUED", 5],
  ["DEATH", 2],
  ["OTHER", 11],
]);

/** Closed periods of members 55+ that end on the eve of their pension. */
export const RETIREMENT_SHARE_55 = 0.3;

/** A member with an earlier short period (ended with a full return) before the current one. */
export const EARLIER_PERIOD_SHARE = 0.08;
/** Of those, the share that relapses within the V4 window (a continuation). */
export const RELAPSE_SHARE = 0.5;

/** Progressive return (authorised activity) per period: base chance × group factors (seed 000). */
export const PROGRESSIVE_RETURN = {
  base: 0.09,
  factor: { F: 1.6, M: 1, X: 1.3, BURNOUT: 2.18, OTHER: 1, AGE55: 0.85, UNDER55: 1 },
  /** Days from period start to the first authorised activity: log-normal median and shape. */
  delay: {
    median: 245,
    sigma: 0.55,
    factor: { F: 0.825, M: 1, X: 0.9, BURNOUT: 0.772, OTHER: 1, AGE55: 1.079, UNDER55: 1 },
  },
  /** Observed days of progressive return. */
  duration: {
    median: 300,
    sigma: 0.8,
    factor: { F: 1.158, M: 1, X: 1.08, BURNOUT: 0.542, OTHER: 1, AGE55: 2.404, UNDER55: 1 },
  },
  /** Chance that the period ends with a full return. */
  fullReturn: {
    base: 0.43,
    factor: { F: 0.921, M: 1, X: 0.96, BURNOUT: 1.56, OTHER: 1, AGE55: 0.5, UNDER55: 1 },
  },
  /** Mean work fraction (%) of the first activity, by sex. */
  volume: { F: 46, M: 51, X: 48, sd: 13 },
} as const;

/** What happens to a progressive return that does not end in a full return. */
export const pickPrFate = weighted<"RUNNING" | "RELAPSE" | "PART_TIME" | "OTHER_END">([
  ["RUNNING", 40],
  ["RELAPSE", 40],
  ["PART_TIME", 12],
  ["OTHER_END", 8],
]);

// ---------------------------------------------------------------------------------------------------------
// Questionnaire, assessments
// ---------------------------------------------------------------------------------------------------------

export const QUESTIONNAIRE_RETURNED_SHARE = 0.6;
export const QUESTIONNAIRE_HELP_SHARE = 0.7;

export const pickFirstCategory = weighted<1 | 2 | 3 | 4>([
  [1, 12],
  [2, 14],
  [3, 68],
  [4, 6],
]);

// ---------------------------------------------------------------------------------------------------------
// Trajectories (seed 004)
// ---------------------------------------------------------------------------------------------------------

export const TRAJECTORY_CHANCE = { withProgressiveReturn: 0.42, other: 0.19 };
export const PHYSICIAN_INITIATIVE_SHARE = 0.49;
export const DECLINED_SHARE = 0.08;
export const REFERRED_OUT_SHARE = 0.28;
/** Median days from first contact to the end of the trajectory (log-normal, shape 0.7). */
export const TRAJECTORY_MEDIAN_DAYS = 170;
/** Extra contacts after the first one: geometric with this mean. */
export const EXTRA_CONTACTS_MEAN = 2;
/**
 * The plan (DESIGN; domain brief 5.2: first contact → active = plan in progress). Some trajectories stop after
 * the first contact without a plan (5.2, after seed 004 Fig 3: 4.7 % "stopped after first contact"). Otherwise
 * the first goal is written at the first contact or some days later (log-normal) — so a trajectory that ends,
 * or reaches the day of generation, before that day has no plan either. Actions follow their goal.
 */
export const PLAN = {
  notWrittenShare: 0.05,
  atFirstContactShare: 0.3,
  laterMedianDays: 12,
  laterShape: 0.8,
  maxDays: 120,
  /** Further goals, days after the first one. */
  nextGoalMaxDays: 45,
};

/** Fig 10 without "resumed" reasons and "still ongoing" (those follow from the member's incapacity). */
export const pickOtherStopReason = weighted<StopReason>([
  ["HEALTH_NO_LONGER_ALLOWS", 33.0],
  ["CANNOT_WORK", 9.9],
  ["NOT_AS_EXPECTED", 4.0],
  ["NO_CONTACT", 3.8],
  ["NO_LONGER_USEFUL", 3.2],
  ["NOTHING_MORE_TO_OFFER", 3.2],
  ["WANTS_TO_RESUME", 2.1],
  ["OTHER", 2.4],
]);

/** Fig 9 outcomes other than back at work (for trajectories that did not end in a return). */
export const pickOtherOutcome = weighted<TrajectoryOutcome>([
  ["NO_RESULT", 20],
  ["BETTER_DIRECTION", 12.5],
  ["REGAINED_WISH_TO_WORK", 11.5],
  ["EXPLORING_WITH_OCCUPATIONAL_PHYSICIAN", 6.9],
  ["TRAINING_EMPLOYMENT_SERVICE", 4.5],
  ["CAREER_GUIDANCE", 3.1],
  ["IN_TRAINING", 3.1],
  ["HEALTH_PROBLEMS", 1.7],
  ["OTHER", 5.9],
]);

export const pickContactChannel = weighted<ContactChannel>([
  ["IN_PERSON", 40],
  ["PHONE", 35],
  ["VIDEO", 15],
  ["EMAIL_LETTER", 7],
  ["HOME_VISIT", 3],
]);

export const pickContactParty = weighted<ContactParty>([
  ["MEMBER", 55],
  ["EMPLOYER", 13],
  ["OCCUPATIONAL_PHYSICIAN", 10],
  ["ADVISING_PHYSICIAN", 7],
  ["TREATING_PHYSICIAN", 5],
  ["EMPLOYMENT_SERVICE", 5],
  ["CAREER_GUIDANCE", 2],
  ["GTB", 1],
  ["OTHER", 2],
]);

export const REFERRAL_IN_TRAJECTORY_SHARE = 0.22;

export const pickRefusalReason = weighted<AdjustmentRefusalReason>([
  ["NO_EXPLANATION", 20.0],
  ["WORK_ORGANISATION", 19.4],
  ["NOT_POSSIBLE_IN_JOB", 15.9],
  ["SUPERVISOR_SAW_NO_USE", 11.2],
  ["COMPANY_TOO_SMALL", 4.1],
  ["TOO_EXPENSIVE", 3.5],
  ["IMPACT_ON_COLLEAGUES", 3.5],
  ["OTHER", 13.0],
]);

/** Fig 16: how much of what was asked the employer granted. */
export const pickGrantLevel = weighted<"NONE" | "MINORITY" | "HALF" | "MOST" | "ALL">([
  ["NONE", 13.6],
  ["MINORITY", 13.7],
  ["HALF", 10.0],
  ["MOST", 31.0],
  ["ALL", 31.7],
]);

export const pickAdjustmentType = weighted<AdjustmentType>([
  ["HOURS", 25],
  ["TASKS", 20],
  ["WORKSTATION", 14],
  ["SCHEDULE", 12],
  ["TELEWORK", 10],
  ["TOOLS", 7],
  ["OTHER_JOB", 6],
  ["TRAINING", 3],
  ["OTHER", 3],
]);

// ---------------------------------------------------------------------------------------------------------
// Organisation
// ---------------------------------------------------------------------------------------------------------

/** Coordinators: members per coordinator (caseload) when extra coordinators are created. */
export const CASELOAD_PER_COORDINATOR = 250;
/** Members per advising physician. */
export const MEMBERS_PER_PHYSICIAN = 1500;
/**
 * A team is a handful of coordinators with their advising physician, not a region: a region gets as many teams
 * as its coordinators need (the demo team first, then "Team Vlaanderen 2", …).
 */
export const COORDINATORS_PER_TEAM = 6;

/** How many coordinators, physicians and teams a region needs for its share of `members`. */
export function staffNeeded(
  region: DemoRegion,
  members: number,
): { coordinators: number; physicians: number; teams: number } {
  const regionMembers = Math.ceil(members * REGION_SHARES[region]);
  const coordinators = Math.max(1, Math.ceil(regionMembers / CASELOAD_PER_COORDINATOR));
  const teams = Math.ceil(coordinators / COORDINATORS_PER_TEAM);
  // At least one physician per team: a team is a handful of coordinators and their advising physician.
  const physicians = Math.max(teams, Math.ceil(regionMembers / MEMBERS_PER_PHYSICIAN));
  return { coordinators, physicians, teams };
}

// ---------------------------------------------------------------------------------------------------------
// Profiles
// ---------------------------------------------------------------------------------------------------------

/**
 * What differs between the data sets the generator can make. `default` follows the reference studies above
 * (the generator tests compare it with them). `target` is the load a large fund puts on the database (issue
 * 12): members with a history of earlier incapacities (about 2 periods each) and most files in intensive
 * coaching (about 10 contacts per member, 5 million at 500,000 members). Both go through the same schemas
 * and rules; only the amounts change.
 */
export interface GeneratorProfile {
  name: "default" | "target";
  /**
   * Earlier incapacities, separate from the current one and each other (gaps beyond V4's relapse window),
   * besides the one earlier period (or relapse) every profile has: their count (geometric, this mean) and
   * observed length in days (log-normal). Those long enough get their questionnaire and assessments.
   */
  history: { meanPeriods: number; medianDays: number; sigma: number; maxDays: number } | null;
  trajectoryChance: { withProgressiveReturn: number; other: number };
  /** Contacts after the first one: geometric with a mean, or one every so many days of coaching. */
  contacts: { mean: number } | { everyDays: number; max: number };
}

export const PROFILES: Readonly<Record<GeneratorProfile["name"], GeneratorProfile>> = {
  default: {
    name: "default",
    history: null,
    trajectoryChance: TRAJECTORY_CHANCE,
    contacts: { mean: EXTRA_CONTACTS_MEAN },
  },
  target: {
    name: "target",
    history: { meanPeriods: 0.95, medianDays: 45, sigma: 0.9, maxDays: 540 },
    trajectoryChance: { withProgressiveReturn: 0.85, other: 0.62 },
    contacts: { everyDays: 9, max: 60 },
  },
};

export function isProfileName(name: string): name is GeneratorProfile["name"] {
  return Object.hasOwn(PROFILES, name);
}
