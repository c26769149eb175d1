// Figures of generated files, computed the way DOMAIN.md defines the reports (cohort table of seed 000,
// seed 004 shares), so that tests and the generator's summary can compare them with the seed figures.
// Pure; the database reports compute the same in SQL.
import { workFraction } from "@/lib/activities/rules";
import { diffDays, minDate, yearsBetween, type ISODate } from "@/lib/dates";
import type { MemberFileRows } from "@/prisma/generator/rows";

export type CohortGroup = "F" | "M" | "X" | "BURNOUT" | "OTHER" | "55+" | "<55";

export interface CohortRow {
  periods: number;
  share: number;
  meanIncapacityDays: number | null;
  progressiveReturnRate: number | null;
  medianDaysToProgressiveReturn: number | null;
  medianProgressiveReturnDays: number | null;
  meanVolume: number | null;
  fullReturnRate: number | null;
}

/** PostgreSQL's percentile_cont(0.5). */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  const lo = sorted[Math.floor(middle)]!;
  const hi = sorted[Math.ceil(middle)]!;
  return lo + (hi - lo) * (middle - Math.floor(middle));
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

interface PeriodFacts {
  groups: CohortGroup[];
  days: number;
  pr: { delay: number; duration: number; volume: number; fullReturn: boolean } | null;
}

/** The cohort outcome table (DOMAIN.md, Reports) over every period, observed on `asOf`. */
export function cohortTable(files: MemberFileRows[], asOf: ISODate): Record<CohortGroup, CohortRow> {
  const facts: PeriodFacts[] = [];
  for (const file of files) {
    for (const period of file.periods) {
      if (period.startDate > asOf) continue;
      const groups: CohortGroup[] = [
        file.member.sex as CohortGroup,
        period.diagnosisGroup === "BURNOUT" ? "BURNOUT" : "OTHER",
        yearsBetween(file.member.birthDate, period.startDate) >= 55 ? "55+" : "<55",
      ];
      const end = period.endDate && period.endDate <= asOf ? period.endDate : asOf;
      const counted = file.activities
        .filter((a) => a.periodId === period.id && (a.status === "AUTHORISED" || a.status === "ENDED"))
        .filter((a) => a.startDate <= asOf)
        .sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
      let pr: PeriodFacts["pr"] = null;
      const earliest = counted[0];
      if (earliest) {
        const running = counted.some((a) => !a.endDate || a.endDate > asOf);
        const last = running ? asOf : counted.map((a) => a.endDate!).sort()[counted.length - 1]!;
        pr = {
          delay: diffDays(period.startDate, earliest.startDate),
          duration: diffDays(earliest.startDate, last) + 1,
          volume: workFraction(earliest.authorisedWeeklyHours!, earliest.referenceWeeklyHours),
          fullReturn: period.endReason === "FULL_RETURN" && !!period.endDate && period.endDate <= asOf,
        };
      }
      facts.push({ groups, days: diffDays(period.startDate, minDate(end, asOf)) + 1, pr });
    }
  }
  const groups: CohortGroup[] = ["F", "M", "X", "BURNOUT", "OTHER", "55+", "<55"];
  const table = {} as Record<CohortGroup, CohortRow>;
  for (const group of groups) {
    const inGroup = facts.filter((fact) => fact.groups.includes(group));
    const withPr = inGroup.filter((fact) => fact.pr).map((fact) => fact.pr!);
    const small = inGroup.length < 5;
    table[group] = {
      periods: inGroup.length,
      share: round1((inGroup.length / Math.max(1, facts.length)) * 100)!,
      meanIncapacityDays: small ? null : round1(mean(inGroup.map((fact) => fact.days))),
      progressiveReturnRate: small ? null : round1((withPr.length / inGroup.length) * 100),
      medianDaysToProgressiveReturn: small ? null : round1(median(withPr.map((pr) => pr.delay))),
      medianProgressiveReturnDays: small ? null : round1(median(withPr.map((pr) => pr.duration))),
      meanVolume: small ? null : round1(mean(withPr.map((pr) => pr.volume))),
      fullReturnRate:
        small || !withPr.length
          ? null
          : round1((withPr.filter((pr) => pr.fullReturn).length / withPr.length) * 100),
    };
  }
  return table;
}

function shares<T extends string>(values: T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return Object.fromEntries(
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([key, count]) => [key, round1((count / Math.max(1, values.length)) * 100)!]),
  );
}

/** Seed 004 and identity distributions of generated files, in % (means where named so). */
export function fileDistributions(files: MemberFileRows[]) {
  const members = files.map((file) => file.member);
  const trajectories = files.flatMap((file) => file.trajectories);
  const coached = trajectories.filter((t) => t.firstContactDate);
  const planned = new Set(files.flatMap((file) => file.goals.map((g) => g.trajectoryId)));
  const closed = trajectories.filter((t) => t.status === "CLOSED");
  const contacts = files.flatMap((file) => file.contacts.filter((c) => c.trajectoryId));
  const referrals = files.flatMap((file) => file.referrals);
  const employmentServices = new Set(["VDAB", "FOREM", "ACTIRIS", "ADG", "GTB"]);
  const backAtWork = files.filter(
    (file) =>
      file.member.employerId &&
      file.trajectories.some(
        (t) =>
          t.firstContactDate &&
          (t.stopReason === "RESUMED_FULLY" ||
            t.stopReason === "RESUMED_PARTIALLY" ||
            file.activities.some(
              (a) => a.trajectoryId === t.id && (a.status === "AUTHORISED" || a.status === "ENDED"),
            )),
      ),
  );
  const adjustments = files.flatMap((file) => file.adjustments);
  const questionnaires = files.flatMap((file) => file.questionnaires);
  const firstAssessments = files.flatMap((file) => {
    const first = [...file.assessments].sort((a, b) => (a.assessedDate < b.assessedDate ? -1 : 1))[0];
    return first ? [String(first.category)] : ["none"];
  });
  return {
    members: files.length,
    region: shares(members.map((m) => m.region)),
    language: shares(members.map((m) => m.language)),
    sex: shares(members.map((m) => m.sex)),
    statute: shares(members.map((m) => m.statute)),
    diagnosis: shares(files.flatMap((file) => file.periods.map((p) => p.diagnosisGroup ?? "none"))),
    firstCategory: shares(firstAssessments),
    questionnaireReturned: round1(
      (questionnaires.filter((q) => q.returnedDate).length / Math.max(1, questionnaires.length)) * 100,
    ),
    withTrajectory: round1((files.filter((f) => f.trajectories.length).length / files.length) * 100),
    coached: round1(
      (files.filter((f) => f.trajectories.some((t) => t.firstContactDate)).length / files.length) * 100,
    ),
    initiative: shares(trajectories.map((t) => t.initiative)),
    trajectoryStatus: shares(trajectories.map((t) => t.status)),
    meanContactsPerCoached: round1(contacts.length / Math.max(1, coached.length)),
    /** Coached trajectories with a plan goal (the funnel's "active" stage). */
    coachedWithPlan: round1(
      (coached.filter((t) => planned.has(t.id)).length / Math.max(1, coached.length)) * 100,
    ),
    stopReason: shares(closed.map((t) => t.stopReason!)),
    outcome: shares(closed.map((t) => t.outcome!)),
    outcomeWithResult: shares(closed.map((t) => t.outcome!).filter((o) => o !== "NO_RESULT")),
    referralTarget: shares(
      referrals.map((r) => (employmentServices.has(r.target) ? "EMPLOYMENT_SERVICE" : r.target)),
    ),
    employmentService: shares(referrals.filter((r) => employmentServices.has(r.target)).map((r) => r.target)),
    referralAnswered: round1(
      (referrals.filter((r) => r.responseDate).length / Math.max(1, referrals.length)) * 100,
    ),
    neededAdjustments: round1(
      (backAtWork.filter((f) => f.adjustments.length).length / Math.max(1, backAtWork.length)) * 100,
    ),
    adjustmentStatus: shares(adjustments.map((a) => a.status)),
    refusalReason: shares(adjustments.filter((a) => a.refusalReason).map((a) => a.refusalReason!)),
  };
}
