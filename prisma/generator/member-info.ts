// What the parts of a member file share once the member and the periods exist.
import type { ISODate } from "@/lib/dates";
import type { EmployerRef } from "@/prisma/generator/builder";
import type { IncapacityPlan } from "@/prisma/generator/incapacity-plan";
import type { DemoRegion } from "@/prisma/generator/places";
import type { ConsentRow, PeriodRow } from "@/prisma/generator/rows";

export interface MemberInfo {
  id: string;
  region: DemoRegion;
  sex: "F" | "M" | "X";
  statute: "EMPLOYEE" | "UNEMPLOYED" | "SELF_EMPLOYED";
  workType: "MANUAL" | "INTELLECTUAL" | null;
  employer: EmployerRef | null;
  referenceWeeklyHours: number;
  lastName: string;
  coordinatorId: string;
  physicianId: string;
}

/** The periods that form one incapacity (a relapse continues its root, V4); the main one is the last. */
export interface Episode {
  root: PeriodRow;
  periods: PeriodRow[];
  main: PeriodRow;
  /** Last day of the episode, null while it runs. */
  end: ISODate | null;
}

export interface FileState {
  member: MemberInfo;
  plan: IncapacityPlan;
  episode: Episode;
  /** Consents recorded so far in the member's trajectory (V11 is checked against them). */
  consents: ConsentRow[];
}

/** The period of the episode running on `date`, or null (before, after, or in a gap). */
export function periodOn(episode: Episode, date: ISODate): PeriodRow | null {
  return (
    episode.periods.find(
      (period) => period.startDate <= date && (period.endDate === null || date <= period.endDate),
    ) ?? null
  );
}

/** `date` itself when the member is in incapacity that day, else the start of the next period (or null). */
export function intoEpisode(episode: Episode, date: ISODate): ISODate | null {
  if (periodOn(episode, date)) return date;
  const next = episode.periods.find((period) => period.startDate > date);
  return next ? next.startDate : null;
}
