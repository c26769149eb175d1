// The shape of a member's incapacity, drawn before any row is made: the periods (an earlier short one for
// some members, a relapse continuation per V4 or a separate period), their dates and end reasons, the age,
// the diagnosis, and the progressive return (authorised activity) if there is one. Observed lengths are
// drawn directly ("min(end, today) − start + 1", the cohort report's measure) and placed back from today.
// A profile with a history (model.ts, PROFILES) puts earlier, separate incapacities before them.
import { addDays, addYears, diffDays, yearsBetween, type ISODate } from "@/lib/dates";
import {
  AGE_55_SHARE,
  EARLIER_PERIOD_SHARE,
  LENGTH,
  MAX_DAYS_SINCE_END,
  OPEN_SHARE,
  PROGRESSIVE_RETURN,
  RELAPSE_SHARE,
  RETIREMENT_SHARE_55,
  pickDiagnosis,
  pickEndReason,
  pickPrFate,
  PROFILES,
  type GeneratorProfile,
} from "@/prisma/generator/model";
import { clamp, geometric, weighted, type Rng } from "@/prisma/generator/random";
import type { DiagnosisGroup } from "@/prisma/generator/texts";

export type PlanSex = "F" | "M" | "X";
export type EndReason =
  | "FULL_RETURN"
  | "PART_TIME_CONTINUED"
  | "RETIREMENT"
  | "DISMISSAL"
  | "MEDICAL_FORCE_MAJEURE"
  | "DEATH"
  | "OTHER";

export interface PlannedPeriod {
  startDate: ISODate;
  endDate: ISODate | null;
  endReason: EndReason | null;
  diagnosis: DiagnosisGroup;
  /** V4: this period continues the one before it (a relapse). */
  continuesPrevious: boolean;
}

export type PrFate = "FULL_RETURN" | "RUNNING" | "RELAPSE" | "PART_TIME" | "OTHER_END";

export interface PlannedProgressiveReturn {
  /** First day of the first authorised activity. */
  startDate: ISODate;
  /** Last day of the last one, null while it runs. */
  endDate: ISODate | null;
  fate: PrFate;
  /** Work fraction (%) the member asks for at first. */
  volume: number;
}

export interface IncapacityPlan {
  birthDate: ISODate;
  /** Chronological; the last one is the current (main) period. */
  periods: PlannedPeriod[];
  /** The period before the main one continues into it (V4). */
  isRelapse: boolean;
  progressiveReturn: PlannedProgressiveReturn | null;
  /** What the birth date must keep true (birthDateFits): the age band at the main period's start … */
  age55: boolean;
  /** … the member still under the pension age on this day (the main period's end, or today) … */
  lastDay: ISODate;
  /** … or exactly this date, for a period that ends on the eve of the pension. */
  fixedBirthDate: ISODate | null;
}

type Factors = {
  F: number;
  M: number;
  X: number;
  BURNOUT: number;
  OTHER: number;
  AGE55: number;
  UNDER55: number;
};

function factorOf(factors: Factors, sex: PlanSex, burnout: boolean, age55: boolean): number {
  return (
    factors[sex] * (burnout ? factors.BURNOUT : factors.OTHER) * (age55 ? factors.AGE55 : factors.UNDER55)
  );
}

/** Legal pension age: 65 until January 2025, 66 from February 2025, 67 from 2030 (simplified to birthdays). */
export function pensionDateOf(birthDate: ISODate): ISODate {
  const at65 = addYears(birthDate, 65);
  if (at65 < "2025-02-01") return at65;
  const at66 = addYears(birthDate, 66);
  return at66 < "2030-02-01" ? at66 : addYears(birthDate, 67);
}

/** Ages under 55: more people fall ill as they get older (weight grows with age). */
const pickYoungAge = weighted<number>(Array.from({ length: 37 }, (_, i) => [18 + i, 2 + i] as const));

const pickLaterEnd = weighted<EndReason>([
  ["DISMISSAL", 35],
  ["MEDICAL_FORCE_MAJEURE", 30],
  ["OTHER", 25],
  ["DEATH", 5],
  ["PART_TIME_CONTINUED", 5],
]);

/** The oldest age a member may have on `lastDay` while still in incapacity (before the pension). */
function maxAgeOn(lastDay: ISODate): number {
  // 65, or 66 for those who turned 65 from February 2025 on.
  return lastDay < "2025-02-01"
    ? 64.95
    : Math.min(65.95, 65 + diffDays("2025-02-01", lastDay) / 365.25 - 0.05);
}

/** Years below the pension age over which members whose drawn age would pass it are spread. */
const AGE_CAP_SPREAD = 2;

export function planIncapacity(
  rng: Rng,
  today: ISODate,
  sex: PlanSex,
  profile: GeneratorProfile = PROFILES.default,
): IncapacityPlan {
  const age55 = rng.chance(AGE_55_SHARE);
  const diagnosis = pickDiagnosis(rng);
  const burnout = diagnosis === "BURNOUT";
  const factor = (factors: Factors) => factorOf(factors, sex, burnout, age55);

  // 1. Progressive return or not, and whether the main period still runs.
  let pr: { delay: number; duration: number; fate: PrFate; volume: number } | null = null;
  let isOpen: boolean;
  if (rng.chance(PROGRESSIVE_RETURN.base * factor(PROGRESSIVE_RETURN.factor))) {
    const fullReturn = rng.chance(
      clamp(PROGRESSIVE_RETURN.fullReturn.base * factor(PROGRESSIVE_RETURN.fullReturn.factor), 0, 0.95),
    );
    const fate: PrFate = fullReturn ? "FULL_RETURN" : pickPrFate(rng);
    const volume = clamp(
      PROGRESSIVE_RETURN.volume[sex] + PROGRESSIVE_RETURN.volume.sd * rng.normal(),
      12,
      88,
    );
    pr = { delay: 0, duration: 0, fate, volume };
    isOpen = fate === "RUNNING" || (fate === "RELAPSE" && rng.chance(0.6));
  } else isOpen = rng.chance(OPEN_SHARE);
  const observedEnd = isOpen ? today : addDays(today, -rng.int(1, MAX_DAYS_SINCE_END));

  // 2. Its observed length. Nobody is in incapacity past the pension age, which caps the length by the age
  // at the start (a member 55+ stays about 10 years at most).
  const maxLength = age55 ? Math.floor((maxAgeOn(observedEnd) - 55.02) * 365.25) : 7300;
  let length: number;
  let endReason: EndReason | null = null;
  if (pr) {
    const { delay: d, duration: p } = PROGRESSIVE_RETURN;
    const delay = Math.round(clamp(rng.logNormal(d.median * factor(d.factor), d.sigma), 21, 1500));
    let duration = Math.round(clamp(rng.logNormal(p.median * factor(p.factor), p.sigma), 14, 3000));
    let extra = pr.fate === "RELAPSE" ? Math.round(clamp(rng.logNormal(250, 1), 14, 3000)) : 0;
    extra = Math.max(pr.fate === "RELAPSE" ? 14 : 0, Math.min(extra, maxLength - delay - duration));
    duration = Math.max(14, Math.min(duration, maxLength - delay - extra));
    pr.delay = delay;
    pr.duration = duration;
    length = delay + duration + extra;
    if (pr.fate === "FULL_RETURN") endReason = "FULL_RETURN";
    else if (pr.fate === "PART_TIME") endReason = "PART_TIME_CONTINUED";
    else if (pr.fate === "OTHER_END") endReason = rng.chance(0.6) ? "DISMISSAL" : "OTHER";
    else if (pr.fate === "RELAPSE" && !isOpen) endReason = pickLaterEnd(rng);
  } else {
    // Drawn again when past the cap (clamping would pile lengths up at it).
    let drawn = Infinity;
    for (let attempt = 0; attempt < 8 && drawn > maxLength; attempt++) {
      drawn = rng.logNormal(LENGTH.median * factor(LENGTH.factor), age55 ? LENGTH.sigma55 : LENGTH.sigma);
    }
    if (drawn > maxLength) drawn = maxLength * (0.5 + 0.5 * rng.next());
    length = Math.round(Math.max(LENGTH.min, drawn));
    if (!isOpen) {
      endReason = age55 && rng.chance(RETIREMENT_SHARE_55) ? "RETIREMENT" : pickEndReason(rng);
      if (endReason === "MEDICAL_FORCE_MAJEURE" && length < 270) endReason = "FULL_RETURN";
    }
  }
  const startDate = addDays(observedEnd, -(length - 1));
  const endDate: ISODate | null = isOpen ? null : observedEnd;

  // 3. Age on the start date: under the pension age on the last observed day; a retirement ends on the
  // eve of the pension.
  const maxAge = maxAgeOn(observedEnd) - length / 365.25;
  let ageAtStart: number;
  if (age55) ageAtStart = 55.01 + Math.max(0, Math.min(maxAge, 64.9) - 55.01) * rng.next() ** 1.5;
  else {
    ageAtStart = pickYoungAge(rng) + rng.next();
    // Spread below the cap rather than on it: a cap shared by thousands of members would give them one birth
    // date, more than its 500 INSZ serials.
    if (ageAtStart > maxAge) ageAtStart = maxAge - AGE_CAP_SPREAD * rng.next();
  }
  let birthDate = addDays(startDate, -Math.floor(ageAtStart * 365.25));
  let fixedBirthDate: ISODate | null = null;
  if (endReason === "RETIREMENT" && endDate) {
    const pensionDay = addDays(endDate, 1);
    const born = [65, 66, 67]
      .map((age) => addYears(pensionDay, -age))
      .find((birth) => pensionDateOf(birth) === pensionDay);
    if (born && addYears(born, 55) <= startDate) birthDate = fixedBirthDate = born;
    else endReason = "OTHER";
  }

  // 4. The progressive return inside the period (it ends with the period, or earlier after a relapse).
  const progressiveReturn: PlannedProgressiveReturn | null = pr
    ? {
        startDate: addDays(startDate, pr.delay),
        endDate: pr.fate === "RUNNING" ? null : addDays(startDate, pr.delay + pr.duration - 1),
        fate: pr.fate,
        volume: pr.volume,
      }
    : null;

  const main: PlannedPeriod = {
    startDate,
    endDate,
    endReason: endDate ? endReason : null,
    diagnosis,
    continuesPrevious: false,
  };
  const periods: PlannedPeriod[] = [main];

  // 5. Some members had an earlier short period that ended with a full return: a relapse within the V4
  // window continues it, a later one is a new period.
  let isRelapse = false;
  if (rng.chance(EARLIER_PERIOD_SHARE)) {
    isRelapse = rng.chance(RELAPSE_SHARE);
    const gap = isRelapse ? rng.int(1, 14) : rng.int(15, 700);
    const earlierEnd = addDays(startDate, -gap);
    const earlierStart = addDays(earlierEnd, -rng.int(19, 55));
    if (earlierStart >= addYears(birthDate, 18)) {
      periods.unshift({
        startDate: earlierStart,
        endDate: earlierEnd,
        endReason: "FULL_RETURN",
        diagnosis: isRelapse ? diagnosis : pickDiagnosis(rng),
        continuesPrevious: false,
      });
      main.continuesPrevious = isRelapse;
    } else isRelapse = false;
  }
  if (profile.history) addHistory(rng, profile.history, periods, birthDate);
  return {
    birthDate,
    periods,
    isRelapse,
    progressiveReturn,
    age55,
    lastDay: endDate ?? today,
    fixedBirthDate,
  };
}

const pickHistoryEnd = weighted<EndReason>([
  ["FULL_RETURN", 85],
  ["PART_TIME_CONTINUED", 5],
  ["DISMISSAL", 5],
  ["OTHER", 5],
]);

/**
 * Earlier incapacities, newest first going back in time: each ends well before the next one starts (beyond V4's
 * 14 days, or 3 months after a period of more than a year), none before the member's 18th birthday.
 */
function addHistory(
  rng: Rng,
  history: NonNullable<GeneratorProfile["history"]>,
  periods: PlannedPeriod[],
  birthDate: ISODate,
): void {
  const count = geometric(rng.next(), history.meanPeriods);
  const adult = addYears(birthDate, 18);
  for (let i = 0; i < count; i++) {
    const length = Math.round(clamp(rng.logNormal(history.medianDays, history.sigma), 7, history.maxDays));
    const gap = length > 330 ? rng.int(100, 900) : rng.int(15, 900);
    const end = addDays(periods[0]!.startDate, -gap);
    const start = addDays(end, -(length - 1));
    if (start < adult) break;
    periods.unshift({
      startDate: start,
      endDate: end,
      endReason: pickHistoryEnd(rng),
      diagnosis: pickDiagnosis(rng),
      continuesPrevious: false,
    });
  }
}

/**
 * Whether a member born on `date` fits the plan as well as its own birth date does: the same age band at the
 * main period's start, 18 or older at the first period, under the pension age on the last day in incapacity
 * (member-file.ts moves a birth date whose INSZ serials are all taken to the nearest date that fits).
 */
export function birthDateFits(plan: IncapacityPlan, date: ISODate): boolean {
  if (plan.fixedBirthDate) return date === plan.fixedBirthDate;
  const main = plan.periods[plan.periods.length - 1]!;
  return (
    yearsBetween(date, main.startDate) >= 55 === plan.age55 &&
    addYears(date, 18) <= plan.periods[0]!.startDate &&
    pensionDateOf(date) > plan.lastDay
  );
}
