// The per-member building kit: the seeded generator, ids, the day the data is generated for, the member's
// team and staff, and the one way rows are made — as the form input a user would submit, parsed with the
// application's zod schema (a failure stops the generator with the field errors: no invalid row is written).
import { isWorkingDay } from "@/lib/calendar/rules";
import { addDays, brusselsMidnight, type ISODate } from "@/lib/dates";
import type { EmployerSize, NaceSection } from "@/lib/generated/prisma/enums";
import { fieldErrorsFrom, type z } from "@/lib/validation";
import type { InszRegistry } from "@/prisma/generator/insz";
import type { GeneratorProfile } from "@/prisma/generator/model";
import type { DemoLanguage, DemoRegion } from "@/prisma/generator/places";
import { Rng, hashInts } from "@/prisma/generator/random";
import type { MemberFileRows } from "@/prisma/generator/rows";
import { IdFactory } from "@/prisma/generator/uuid";

export interface StaffTeam {
  teamId: string;
  region: DemoRegion;
  /** Sorted by e-mail, so that the same seed assigns the same people. */
  coordinators: readonly string[];
  physicians: readonly string[];
}

/** A region's teams, and every coordinator of them with their team (members pick one at random). */
export interface RegionStaff {
  region: DemoRegion;
  teams: readonly StaffTeam[];
  coordinators: readonly { id: string; team: StaffTeam }[];
  physicians: readonly string[];
}

export function regionStaff(region: DemoRegion, teams: readonly StaffTeam[]): RegionStaff {
  return {
    region,
    teams,
    coordinators: teams.flatMap((team) => team.coordinators.map((id) => ({ id, team }))),
    physicians: teams.flatMap((team) => team.physicians),
  };
}

export interface EmployerRef {
  id: string;
  name: string;
  sector: NaceSection | null;
  sizeBand: EmployerSize | null;
}

export interface BuildContext {
  seed: number;
  /** Nothing generated happens after this day (facts are dated yesterday at the latest). */
  today: ISODate;
  teams: Readonly<Record<DemoRegion, RegionStaff>>;
  /** How much history and coaching a file gets (model.ts, PROFILES). */
  profile: GeneratorProfile;
  employers: Readonly<Record<DemoRegion, readonly EmployerRef[]>>;
  /** REFERRAL_RESPONSE_DAYS of the environment: a referral's default expected-response date. */
  referralResponseDays: number;
  /** INSZ numbers already taken (in the database or earlier in this run). */
  usedInsz: InszRegistry;
  /** Members whose birth date moved because its INSZ serials were taken (counted for the summary). */
  movedBirthDates?: number;
  /** UUIDv7 timestamp of member 0 (member i uses this + i). */
  idBaseMs: number;
  /** Prefix of Member.externalId ("G1-" for seed 1). */
  externalIdPrefix: string;
}

const midnightCache = new Map<ISODate, number>();

/** The instant a Brussels calendar day starts, cached (Intl is slow and dates repeat a lot). */
export function midnightMs(date: ISODate): number {
  let ms = midnightCache.get(date);
  if (ms === undefined) {
    ms = brusselsMidnight(date).getTime();
    if (midnightCache.size > 50_000) midnightCache.clear();
    midnightCache.set(date, ms);
  }
  return ms;
}

export class GeneratorError extends Error {}

export class FileBuilder {
  readonly rng: Rng;
  readonly ids: IdFactory;
  readonly today: ISODate;
  /** The last day a generated fact may carry. */
  readonly lastFact: ISODate;
  readonly rows: MemberFileRows;

  constructor(
    readonly context: BuildContext,
    readonly index: number,
    readonly language: DemoLanguage,
    rows: MemberFileRows,
    rng: Rng,
  ) {
    this.rng = rng;
    this.ids = new IdFactory(context.idBaseMs + index, new Rng(hashInts(context.seed, index, 0x1d)));
    this.today = context.today;
    this.lastFact = addDays(context.today, -1);
    this.rows = rows;
  }

  /** An instant on a calendar day: minutes after midnight, Brussels time. */
  at(date: ISODate, minutes: number): Date {
    return new Date(midnightMs(date) + minutes * 60_000);
  }

  /** An office-hours instant on a day (when a record about that day was typed in). */
  stamp(date: ISODate): Date {
    return this.at(date, this.rng.int(8 * 60, 17 * 60));
  }

  /** Parses the form input with the application's schema; a rejection is a generator bug, never skipped. */
  parse<S extends z.ZodType>(schema: S, input: z.input<S>, what: string): z.output<S> {
    const result = schema.safeParse(input);
    if (!result.success) {
      throw new GeneratorError(
        `member ${this.index}: generated ${what} is rejected by its schema: ` +
          `${JSON.stringify(fieldErrorsFrom(result.error))} in ${JSON.stringify(input)}`,
      );
    }
    return result.data;
  }

  /** Stops on a broken domain rule (a generator bug). */
  check(ok: boolean, what: string, details?: unknown): void {
    if (!ok) {
      throw new GeneratorError(
        `member ${this.index}: ${what}${details === undefined ? "" : ` (${JSON.stringify(details)})`}`,
      );
    }
  }

  pickText(texts: Readonly<Record<DemoLanguage, readonly string[]>>): string {
    return this.rng.pick(texts[this.language]);
  }
}

/** The working day on or after `date`, or the one before when that passes `limit`. */
export function workingDayNear(date: ISODate, limit: ISODate, floor: ISODate): ISODate {
  let forward = date;
  while (!isWorkingDay(forward) && forward <= limit) forward = addDays(forward, 1);
  if (forward <= limit && isWorkingDay(forward)) return forward;
  let back = date;
  while (!isWorkingDay(back) && back > floor) back = addDays(back, -1);
  return back;
}
