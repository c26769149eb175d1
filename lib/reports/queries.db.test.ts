// Every report metric on a small file whose expected values are worked out by hand below (not by SQL):
// medians with odd and even counts, open periods and activities closed by asOf, Brussels day boundaries,
// and small-cell suppression at 4 versus 5. One team holds the data; another team's rows must never count.
import { beforeAll, describe, expect, it } from "vitest";

import { brusselsLocalToInstant } from "@/lib/dates";
import { makeTeam, makeUser } from "@/prisma/factories";
import {
  getAdjustmentsReport,
  getCaseloadReport,
  getCohortReport,
  getComplianceReport,
  getFunnelReport,
  getOutcomesReport,
  getReferralsReport,
} from "@/lib/reports/queries";
import type { ReportFilter } from "@/lib/reports/schemas";
import {
  addActivity,
  addAdjustment,
  addAssessment,
  addContact,
  addDeadline,
  addMember,
  addPeriod,
  addPlanGoal,
  addQuestionnaire,
  addReferral,
  addTask,
  addTrajectory,
} from "@/lib/reports/test-fixtures";
import type { CohortGroup } from "@/lib/reports/types";

const AS_OF = "2026-06-30";
let teamId = "";
let otherTeamId = "";
let coordinatorA = "";
let coordinatorB = "";
let filter: ReportFilter;

/*
 * The file (asOf 2026-06-30, population: periods starting 2025-01-01 … 2026-12-31 of the team):
 *
 *      sex diag     age  start       end (reason)             counted activities           days  →PR  PR days  vol
 * P1   F   MSK      <55  2025-01-10  2025-12-31 FULL_RETURN    04-10…09-30 50 %, 10-01…12-31  356    90   266    50
 * P2   F   MENTAL   <55  2025-03-01  open                     2025-09-01… open 40 %            487   184   303    40
 * P3   F   MSK      <55  2025-06-01  2026-08-31 FULL_RETURN*   2025-08-01…2026-07-15* 60 %      395    61   334    60
 * P4   F   CANCER   55+  2025-02-01  2025-11-30 DISMISSAL      (pending only)                   303     –     –     –
 * P5   F   (none)   55+  2025-04-15  open                     (starts 2026-07-01, after asOf)  442     –     –     –
 * P6   M   INJURY   <55  2025-05-01  2026-03-31 FULL_RETURN    2025-07-01…2026-01-31 25 %       335    61   215    25
 * P7   M   BURNOUT  <55  2025-01-10  2025-04-30 FULL_RETURN    –                                111     –     –     –
 * P8   M   BURNOUT  55+  2026-01-05  open                     2026-03-02… open 30 %            177    56   121    30
 * P9   M   BURNOUT  55+  2026-06-30  open                     –                                  1     –     –     –
 * (* after asOf: P3 counts as open on asOf and not as a full return; its activity ends at asOf.)
 * P5's member turns 55 on the start date (55+); P7's member is one day short of 55 (<55).
 * Excluded: P10 starts 2024-12-31 (before from), P11 starts 2026-07-01 (after asOf), and the other team.
 */
beforeAll(async () => {
  const team = await makeTeam({ name: `Reports team ${Date.now()}` });
  const other = await makeTeam({ name: `Other reports team ${Date.now()}` });
  teamId = team.id;
  otherTeamId = other.id;
  coordinatorA = (await makeUser("COORDINATOR", { teamId, name: `Aa Coordinator ${Date.now()}` })).id;
  coordinatorB = (await makeUser("COORDINATOR", { teamId, name: `Bb Coordinator ${Date.now()}` })).id;
  const physician = (await makeUser("ADVISING_PHYSICIAN", { teamId })).id;
  filter = {
    from: "2025-01-01",
    to: "2026-12-31",
    asOf: AS_OF,
    by: null,
    team: teamId,
    region: null,
    coordinator: null,
  };

  const member = (sex: "F" | "M" | "X", birthDate: string, coordinatorId: string | null) =>
    addMember({ teamId, sex, birthDate, coordinatorId });
  const m1 = await member("F", "1980-03-10", coordinatorA);
  const m2 = await member("F", "1990-07-01", coordinatorA);
  const m3 = await member("F", "1985-11-20", coordinatorA);
  const m4 = await member("F", "1968-02-15", coordinatorA);
  const m5 = await member("F", "1970-04-15", coordinatorA);
  const m6 = await member("M", "1975-05-05", coordinatorB);
  const m7 = await member("M", "1970-01-11", coordinatorB);
  const m8 = await member("M", "1960-01-01", coordinatorB);
  const m9 = await member("M", "1965-09-09", null);
  const m10 = await member("F", "1982-01-01", coordinatorA);
  const m11 = await member("F", "1983-01-01", coordinatorA);

  const p1 = await addPeriod(m1, {
    start: "2025-01-10",
    end: "2025-12-31",
    endReason: "FULL_RETURN",
    diagnosis: "MSK",
  });
  const p2 = await addPeriod(m2, { start: "2025-03-01", diagnosis: "MENTAL" });
  const p3 = await addPeriod(m3, {
    start: "2025-06-01",
    end: "2026-08-31",
    endReason: "FULL_RETURN",
    diagnosis: "MSK",
  });
  const p4 = await addPeriod(m4, {
    start: "2025-02-01",
    end: "2025-11-30",
    endReason: "DISMISSAL",
    diagnosis: "CANCER",
  });
  const p5 = await addPeriod(m5, { start: "2025-04-15" });
  const p6 = await addPeriod(m6, {
    start: "2025-05-01",
    end: "2026-03-31",
    endReason: "FULL_RETURN",
    diagnosis: "INJURY",
  });
  const p7 = await addPeriod(m7, {
    start: "2025-01-10",
    end: "2025-04-30",
    endReason: "FULL_RETURN",
    diagnosis: "BURNOUT",
  });
  const p8 = await addPeriod(m8, { start: "2026-01-05", diagnosis: "BURNOUT" });
  const p9 = await addPeriod(m9, { start: "2026-06-30", diagnosis: "BURNOUT" });
  await addPeriod(m10, {
    start: "2024-12-31",
    end: "2025-06-30",
    endReason: "FULL_RETURN",
    diagnosis: "MSK",
  });
  await addPeriod(m11, { start: "2026-07-01", diagnosis: "MSK" });
  const outsider = await addMember({
    teamId: otherTeamId,
    sex: "F",
    birthDate: "1980-01-01",
    coordinatorId: null,
  });
  const po = await addPeriod(outsider, { start: "2025-06-01", diagnosis: "BURNOUT" });

  // Authorised activities: only AUTHORISED and ENDED ones that start by asOf count.
  const act = (memberId: string, periodId: string, o: Parameters<typeof addActivity>[2]) =>
    addActivity(memberId, periodId, o);
  await act(m1, p1, {
    status: "ENDED",
    start: "2025-04-10",
    end: "2025-09-30",
    hours: 19,
    deciderId: physician,
  });
  await act(m1, p1, {
    status: "ENDED",
    start: "2025-10-01",
    end: "2025-12-31",
    hours: 30.4,
    deciderId: physician,
  });
  await act(m2, p2, { status: "AUTHORISED", start: "2025-09-01", hours: 15.2, deciderId: physician });
  await act(m3, p3, {
    status: "ENDED",
    start: "2025-08-01",
    end: "2026-07-15",
    hours: 22.8,
    deciderId: physician,
  });
  await act(m4, p4, { status: "PENDING", start: "2025-05-01", hours: 10, deciderId: physician });
  await act(m5, p5, { status: "AUTHORISED", start: "2026-07-01", hours: 10, deciderId: physician });
  await act(m6, p6, { status: "WITHDRAWN", start: "2025-06-01", hours: 30, deciderId: physician });
  await act(m6, p6, { status: "REFUSED", start: "2025-06-15", hours: 30, deciderId: physician });
  await act(m6, p6, {
    status: "ENDED",
    start: "2025-07-01",
    end: "2026-01-31",
    hours: 9.5,
    deciderId: physician,
  });
  await act(m8, p8, { status: "AUTHORISED", start: "2026-03-02", hours: 11.4, deciderId: physician });
  await act(outsider, po, { status: "AUTHORISED", start: "2025-07-01", hours: 19, deciderId: physician });

  // Funnel facts.
  for (const [periodId, returned] of [
    [p1, "2025-03-20"],
    [p2, "2025-05-10"],
    [p3, "2025-08-10"],
    [p4, "2025-04-10"],
    [p6, "2025-07-10"],
    [p7, "2025-03-20"],
    [p5, "2026-07-05"], // returned after asOf
  ] as const) {
    await addQuestionnaire(periodId, { sent: `${returned.slice(0, 8)}01`, returned });
  }
  const assess = (memberId: string, periodId: string, date: string, category: 1 | 2 | 3 | 4) =>
    addAssessment(memberId, periodId, { date, category, physicianId: physician });
  await assess(m1, p1, "2025-05-10", 4);
  await assess(m2, p2, "2025-07-01", 3);
  await assess(m2, p2, "2025-10-01", 4);
  await assess(m3, p3, "2025-09-01", 4);
  await assess(m4, p4, "2025-06-01", 2);
  await assess(m6, p6, "2025-09-01", 4);
  await assess(m8, p8, "2026-05-01", 4);
  await assess(m5, p5, "2026-07-10", 4); // after asOf

  const t1 = await addTrajectory(m1, p1, {
    status: "CLOSED",
    referred: "2025-05-15",
    invited: "2025-05-20",
    firstContact: "2025-05-25",
    active: "2025-06-01",
    end: "2025-12-15",
    stopReason: "RESUMED_FULLY",
    outcome: "BACK_AT_WORK",
  });
  const t2 = await addTrajectory(m2, p2, {
    status: "ACTIVE",
    referred: "2025-10-05",
    invited: "2025-10-10",
    firstContact: "2025-10-20",
    active: "2025-11-01",
  });
  const t3 = await addTrajectory(m3, p3, {
    status: "INVITED",
    referred: "2025-09-05",
    invited: "2025-09-10",
    firstContact: "2025-09-20",
  });
  await addTrajectory(m6, p6, { status: "INVITED", referred: "2025-09-05", invited: "2025-09-10" });
  await addTrajectory(m7, p7, {
    status: "CLOSED",
    referred: "2025-02-01",
    invited: "2025-02-05",
    firstContact: "2025-02-10",
    active: "2025-02-15",
    end: "2025-04-20",
    stopReason: "RESUMED_FULLY",
    outcome: "BACK_AT_WORK",
  });
  await addTrajectory(m8, p8, { status: "REFERRED", referred: "2026-05-05" });
  await addTrajectory(m4, p4, {
    status: "CLOSED",
    referred: "2025-03-01",
    end: "2025-06-01",
    stopReason: "RESUMED_PARTIALLY",
    outcome: "BACK_AT_WORK",
  });
  await addTrajectory(m4, p4, {
    status: "CLOSED",
    referred: "2025-06-05",
    end: "2025-08-01",
    stopReason: "NO_CONTACT",
    outcome: "NO_RESULT",
  });
  await addTrajectory(m4, p4, { status: "DECLINED", referred: "2025-08-05", end: "2025-09-01" });
  await addTrajectory(m5, p5, {
    status: "CLOSED",
    referred: "2025-05-01",
    end: "2025-10-01",
    stopReason: "RESUMED_FULLY",
    outcome: "BACK_AT_WORK",
  });
  await addTrajectory(m5, p5, {
    status: "CLOSED",
    referred: "2026-01-01",
    end: "2026-07-01",
    stopReason: "RESUMED_FULLY",
    outcome: "BACK_AT_WORK",
  });
  await addTrajectory(m5, p5, {
    status: "CLOSED",
    referred: "2025-10-05",
    end: "2026-02-01",
    stopReason: "RESUMED_FULLY",
    outcome: "BACK_AT_WORK",
  });
  const to = await addTrajectory(outsider, po, {
    status: "CLOSED",
    referred: "2025-07-01",
    end: "2025-08-01",
    stopReason: "RESUMED_FULLY",
    outcome: "BACK_AT_WORK",
  });

  // Referrals.
  await addReferral(t1, m1, {
    target: "VDAB",
    sent: "2025-06-01",
    status: "ACCEPTED",
    response: "2025-06-11",
  });
  await addReferral(t1, m1, {
    target: "VDAB",
    sent: "2025-07-01",
    status: "COMPLETED",
    response: "2025-07-21",
  });
  await addReferral(t2, m2, {
    target: "VDAB",
    sent: "2025-10-01",
    status: "ACCEPTED",
    response: "2025-10-31",
  });
  await addReferral(t2, m2, {
    target: "VDAB",
    sent: "2025-11-01",
    status: "DECLINED",
    response: "2025-11-06",
  });
  await addReferral(t2, m2, { target: "VDAB", sent: "2026-05-01", expected: "2026-05-31", status: "SENT" });
  await addReferral(t2, m2, { target: "VDAB", sent: "2026-06-20", expected: "2026-07-20", status: "SENT" });
  await addReferral(t3, m3, {
    target: "OCCUPATIONAL_PHYSICIAN",
    sent: "2025-09-01",
    status: "ACCEPTED",
    response: "2025-09-15",
  });
  await addReferral(t3, m3, {
    target: "OCCUPATIONAL_PHYSICIAN",
    sent: "2026-06-01",
    expected: "2026-07-01",
    status: "ACCEPTED",
    response: "2026-07-02",
  });
  await addReferral(t3, m3, { target: "VDAB", sent: "2026-07-01", status: "SENT" });
  await addReferral(to, outsider, {
    target: "VDAB",
    sent: "2025-07-05",
    status: "ACCEPTED",
    response: "2025-07-06",
  });

  // Work adjustments.
  const adjust = (o: Parameters<typeof addAdjustment>[2]) => addAdjustment(t2, m2, o);
  await adjust({ type: "HOURS", requested: "2025-06-01", status: "GRANTED", decided: "2025-07-01" });
  await adjust({ type: "HOURS", requested: "2025-06-01", status: "GRANTED", decided: "2025-07-02" });
  await adjust({
    type: "HOURS",
    requested: "2025-06-01",
    status: "PARTIALLY_GRANTED",
    decided: "2025-07-03",
    refusalReason: "WORK_ORGANISATION",
  });
  await adjust({
    type: "HOURS",
    requested: "2025-06-01",
    status: "REFUSED",
    decided: "2025-07-04",
    refusalReason: "TOO_EXPENSIVE",
  });
  await adjust({ type: "HOURS", requested: "2025-06-01", status: "REQUESTED" });
  await adjust({ type: "HOURS", requested: "2026-06-01", status: "GRANTED", decided: "2026-07-10" });
  await adjust({
    type: "TELEWORK",
    requested: "2025-08-01",
    status: "REFUSED",
    decided: "2025-09-01",
    refusalReason: "TOO_EXPENSIVE",
  });
  await adjust({ type: "TOOLS", requested: "2026-07-05", status: "REQUESTED" });

  // Deadlines (dueDate within from/to; PHASE_INVALIDITY is information and never counted).
  const deadline = (
    memberId: string,
    subjectId: string,
    o: Omit<Parameters<typeof addDeadline>[1], "subjectId">,
  ) => addDeadline(memberId, { subjectId, ...o });
  await deadline(m1, p1, {
    rule: "QUESTIONNAIRE_SENT",
    owner: "PHYSICIAN",
    due: "2025-03-14",
    met: "2025-03-10",
  });
  await deadline(m2, p2, {
    rule: "QUESTIONNAIRE_SENT",
    owner: "PHYSICIAN",
    due: "2025-05-03",
    met: "2025-05-03",
  });
  await deadline(m3, p3, {
    rule: "QUESTIONNAIRE_SENT",
    owner: "PHYSICIAN",
    due: "2025-06-17",
    met: "2025-06-20",
  });
  await deadline(m4, p4, { rule: "QUESTIONNAIRE_SENT", owner: "PHYSICIAN", due: "2025-07-03" });
  await deadline(m9, p9, { rule: "QUESTIONNAIRE_SENT", owner: "PHYSICIAN", due: "2026-06-30" });
  await deadline(m8, p8, {
    rule: "QUESTIONNAIRE_SENT",
    owner: "PHYSICIAN",
    due: "2026-06-29",
    met: "2026-07-02",
  });
  await deadline(m5, p5, { rule: "QUESTIONNAIRE_SENT", owner: "PHYSICIAN", due: "2026-07-05" });
  await deadline(m1, t1, {
    rule: "FIRST_CONTACT",
    owner: "COORDINATOR",
    due: "2025-09-01",
    met: "2025-08-20",
  });
  await deadline(m2, t2, { rule: "FIRST_CONTACT", owner: "COORDINATOR", due: "2025-10-01" });
  await deadline(m3, t3, {
    rule: "FIRST_CONTACT",
    owner: "COORDINATOR",
    due: "2026-02-01",
    met: "2026-03-01",
  });
  await deadline(m4, p4, { rule: "QUESTIONNAIRE_RETURN", owner: "COORDINATOR", due: "2026-06-29" });
  await deadline(m6, p6, {
    rule: "PHASE_INVALIDITY",
    owner: "INFORMATION",
    due: "2026-01-10",
    met: "2026-01-10",
  });
  await deadline(outsider, po, { rule: "QUESTIONNAIRE_SENT", owner: "PHYSICIAN", due: "2025-08-03" });

  // Tasks and contacts (coordinator A's caseload).
  await addTask(m1, coordinatorA, { due: "2026-06-01" });
  await addTask(m2, coordinatorA, { due: "2026-06-15", done: "2026-06-20" });
  await addTask(m3, coordinatorA, { due: "2026-06-20", done: "2026-07-01" });
  await addTask(m4, physician, { due: "2026-06-01" });
  await addTask(m5, coordinatorA, { due: "2026-06-30" });
  await addContact(m1, coordinatorA, "2026-05-31T22:30:00Z"); // 1 June 00:30 in Brussels: in
  await addContact(m1, coordinatorA, "2026-05-31T21:30:00Z"); // 31 May 23:30 in Brussels: out
  await addContact(m2, coordinatorA, "2026-06-30T21:30:00Z"); // 30 June 23:30 in Brussels: in
  await addContact(m2, coordinatorA, "2026-06-30T22:10:00Z"); // 1 July 00:10 in Brussels: out
  await addContact(m3, coordinatorA, "2026-06-15T10:00:00Z");
});

function group(groups: CohortGroup[], dimension: string, name: string): CohortGroup {
  const found = groups.find((candidate) => candidate.dimension === dimension && candidate.group === name);
  if (!found) throw new Error(`no group ${dimension}:${name}`);
  return found;
}

describe("cohort outcome table", () => {
  it("computes the seven metrics of a group of 5 (women), medians over an odd count", async () => {
    const report = await getCohortReport(filter);
    expect(report.population).toBe(9);
    expect(group(report.groups, "sex", "F")).toEqual({
      dimension: "sex",
      group: "F",
      periods: 5,
      suppressed: false,
      share: 55.6, // 5 / 9
      meanIncapacityDays: 396.6, // (356 + 487 + 395 + 303 + 442) / 5
      progressiveReturnRate: 60, // P1, P2, P3 of 5
      medianDaysToProgressiveReturn: 90, // 61, 90, 184
      medianProgressiveReturnDays: 303, // 266, 303, 334
      meanVolume: 50, // (50 + 40 + 60) / 3
      fullReturnRate: 33.3, // P1 of 3 (P3 ends after asOf)
    });
  });

  it("interpolates medians over an even count (other diagnoses, under 55)", async () => {
    const report = await getCohortReport(filter);
    expect(group(report.groups, "diagnosis", "OTHER")).toEqual({
      dimension: "diagnosis",
      group: "OTHER",
      periods: 6,
      suppressed: false,
      share: 66.7, // 6 / 9, P5 without diagnosis included
      meanIncapacityDays: 386.3, // 2318 / 6
      progressiveReturnRate: 66.7, // P1, P2, P3, P6 of 6
      medianDaysToProgressiveReturn: 75.5, // 61, 61, 90, 184 → (61 + 90) / 2
      medianProgressiveReturnDays: 284.5, // 215, 266, 303, 334 → (266 + 303) / 2
      meanVolume: 43.8, // 175 / 4 = 43.75, half away from zero
      fullReturnRate: 50, // P1, P6 of 4
    });
    expect(group(report.groups, "ageBand", "<55")).toMatchObject({
      periods: 5, // P1, P2, P3, P6 and P7 (one day short of 55)
      suppressed: false,
      share: 55.6,
      meanIncapacityDays: 336.8, // (356 + 487 + 395 + 335 + 111) / 5
      progressiveReturnRate: 80,
      medianDaysToProgressiveReturn: 75.5,
      medianProgressiveReturnDays: 284.5,
      meanVolume: 43.8,
      fullReturnRate: 50,
    });
  });

  it("suppresses groups of 4 and fewer: count only, null metrics", async () => {
    const report = await getCohortReport(filter);
    const nulls = {
      share: null,
      meanIncapacityDays: null,
      progressiveReturnRate: null,
      medianDaysToProgressiveReturn: null,
      medianProgressiveReturnDays: null,
      meanVolume: null,
      fullReturnRate: null,
    };
    expect(group(report.groups, "sex", "M")).toEqual({
      dimension: "sex",
      group: "M",
      periods: 4,
      suppressed: true,
      ...nulls,
    });
    expect(group(report.groups, "sex", "X")).toEqual({
      dimension: "sex",
      group: "X",
      periods: 0,
      suppressed: true,
      ...nulls,
    });
    expect(group(report.groups, "diagnosis", "BURNOUT")).toMatchObject({
      periods: 3,
      suppressed: true,
      share: null,
    });
    // P5 turns 55 on its start date: 55+ holds P4, P5, P8, P9.
    expect(group(report.groups, "ageBand", "55+")).toMatchObject({
      periods: 4,
      suppressed: true,
      meanVolume: null,
    });
  });

  it("closes open periods and activities at an earlier asOf and ignores what came later", async () => {
    const report = await getCohortReport({ ...filter, asOf: "2025-12-31" });
    // P6 (2025-05-01) and P7 start by then; P8, P9 do not: M holds P6, P7 → 2.
    expect(report.population).toBe(7);
    expect(group(report.groups, "sex", "F")).toMatchObject({
      periods: 5,
      meanIncapacityDays: 288, // 356 + 306 + 214 + 303 + 261 = 1440, / 5
      progressiveReturnRate: 60,
      medianDaysToProgressiveReturn: 90,
      medianProgressiveReturnDays: 153, // P1 266, P2 122 (to asOf), P3 153 (ends after asOf) → 153
      fullReturnRate: 33.3, // P1 ended on asOf itself with a full return
    });
  });

  it("gives one dimension with `by`, and nothing of another team", async () => {
    const bySex = await getCohortReport({ ...filter, by: "sex" });
    expect(bySex.groups.map((g) => `${g.dimension}:${g.group}`)).toEqual(["sex:F", "sex:M", "sex:X"]);
    const otherTeam = await getCohortReport({ ...filter, team: otherTeamId });
    expect(otherTeam.population).toBe(1);
    expect(group(otherTeam.groups, "diagnosis", "BURNOUT")).toMatchObject({ periods: 1, suppressed: true });
  });
});

describe("funnel", () => {
  it("counts periods per stage with share and conversion, suppressing stages under 5", async () => {
    const report = await getFunnelReport(filter);
    expect(report.stages).toEqual([
      { stage: "inIncapacity", periods: 9, suppressed: false, shareOfPopulation: 100, conversion: null },
      // P1 P2 P3 P4 P6 P7 (P5 returned after asOf)
      {
        stage: "questionnaireReturned",
        periods: 6,
        suppressed: false,
        shareOfPopulation: 66.7,
        conversion: 66.7,
      },
      // P1 P2 P3 P4 P6 P8; of the 6 with a questionnaire, 5 (not P7) → 83.3
      { stage: "categorised", periods: 6, suppressed: false, shareOfPopulation: 66.7, conversion: 83.3 },
      // P1 P2 P3 P6 P8, all categorised
      { stage: "category4", periods: 5, suppressed: false, shareOfPopulation: 55.6, conversion: 83.3 },
      // P1 P2 P3 P6 P7 (P7 without category 4); of the 5 in category 4, 4 → 80
      { stage: "invited", periods: 5, suppressed: false, shareOfPopulation: 55.6, conversion: 80 },
      // P1 P2 P3 P7
      { stage: "firstContact", periods: 4, suppressed: true, shareOfPopulation: null, conversion: null },
      // P1 P2 P7 (P3 has had its first contact, but no plan goal)
      { stage: "active", periods: 3, suppressed: true, shareOfPopulation: null, conversion: null },
      // P1, P7, and P4, P5 (closed with an outcome, never active: no first contact)
      { stage: "closedWithOutcome", periods: 4, suppressed: true, shareOfPopulation: null, conversion: null },
    ]);
  });
});

describe("funnel: the active stage", () => {
  it("counts a trajectory as active from the later of its first contact and its first plan goal's Brussels day", async () => {
    const team = await makeTeam({ name: `Plans in progress ${Date.now()}` });
    const at = (local: string) => brusselsLocalToInstant(local);
    /** One member, one period, one trajectory invited 2026-02-01, with its goals recorded at the given instants. */
    const file = async (firstContact: string | null, goals: Date[]) => {
      const memberId = await addMember({ teamId: team.id, sex: "F", birthDate: "1980-01-01" });
      const periodId = await addPeriod(memberId, { start: "2026-01-05" });
      const trajectoryId = await addTrajectory(memberId, periodId, {
        status: firstContact ? "ACTIVE" : "INVITED",
        referred: "2026-01-20",
        invited: "2026-02-01",
        firstContact,
      });
      for (const goal of goals) await addPlanGoal(trajectoryId, goal);
      return { memberId, periodId };
    };
    await file("2026-03-01", []); // A: first contact, no plan yet
    await file("2026-03-01", [at("2026-07-01T00:30")]); // B: goal on 07-01 in Brussels (06-30 in UTC)
    await file("2026-03-01", [at("2026-06-30T00:30")]); // C: goal on 06-30 in Brussels (06-29 in UTC)
    await file("2026-03-01", [at("2026-03-01T09:00"), at("2026-04-01T09:00")]); // D: goal on the first contact
    await file("2026-07-02", [at("2026-02-20T10:00")]); // E: goal while invited, first contact on 07-02
    await file("2026-03-01", [at("2026-02-20T10:00")]); // F: goal while invited, first contact on 03-01
    await file(null, [at("2026-03-01T10:00")]); // G: a goal but no first contact
    // H: first contact in one trajectory, a goal in another (without first contact): never both in one.
    const h = await file(null, [at("2026-03-01T10:00")]);
    await addTrajectory(h.memberId, h.periodId, {
      status: "CLOSED",
      referred: "2026-01-10",
      invited: "2026-01-12",
      firstContact: "2026-01-15",
      end: "2026-01-18",
      stopReason: "NO_CONTACT",
      outcome: "NO_RESULT",
    });

    const stagesOn = async (asOf: string) => {
      const report = await getFunnelReport({ ...filter, team: team.id, asOf });
      const periods = (stage: string) => report.stages.find((s) => s.stage === stage)?.periods;
      return { firstContact: periods("firstContact"), active: periods("active") };
    };
    // First contact: A B C D F H (E's is after asOf). Active: D F (C's goal is on 06-30 in Brussels).
    expect(await stagesOn("2026-06-29")).toEqual({ firstContact: 6, active: 2 });
    // C's goal counts on its Brussels day; B's, recorded on 06-30 in UTC but 07-01 in Brussels, does not.
    expect(await stagesOn("2026-06-30")).toEqual({ firstContact: 6, active: 3 });
    expect(await stagesOn("2026-07-01")).toEqual({ firstContact: 6, active: 4 });
    // E becomes active with its first contact, its goal being older; G and H never do.
    expect(await stagesOn("2026-07-02")).toEqual({ firstContact: 7, active: 5 });
  });
});

describe("funnel conversion", () => {
  it("is suppressed when the previous stage is a small cell, while the stage itself is shown", async () => {
    // Five members start a trajectory on their own initiative, none is in category 4 (stage of 0).
    const team = await makeTeam({ name: `Self-initiated ${Date.now()}` });
    for (let i = 0; i < 5; i++) {
      const memberId = await addMember({ teamId: team.id, sex: "F", birthDate: "1980-01-01" });
      const periodId = await addPeriod(memberId, { start: "2026-01-05" });
      await addTrajectory(memberId, periodId, {
        status: "INVITED",
        referred: "2026-02-01",
        invited: "2026-02-02",
      });
    }
    const report = await getFunnelReport({ ...filter, team: team.id });
    expect(report.stages.find((stage) => stage.stage === "category4")).toMatchObject({
      periods: 0,
      suppressed: true,
    });
    expect(report.stages.find((stage) => stage.stage === "invited")).toEqual({
      stage: "invited",
      periods: 5,
      suppressed: false,
      shareOfPopulation: 100,
      conversion: null,
    });
  });
});

describe("deadline compliance", () => {
  it("counts due, met on time, met late, overdue and due today per rule, without information rules", async () => {
    const report = await getComplianceReport(filter);
    const sent = report.rules.find((row) => row.rule === "QUESTIONNAIRE_SENT");
    // Due by asOf: 03-14 (met before), 05-03 (met on the day), 06-17 (met late), 07-03 (open),
    // 2026-06-30 (due on asOf), 2026-06-29 (met after asOf: overdue on asOf). 2026-07-05 is not due yet.
    expect(sent).toEqual({
      rule: "QUESTIONNAIRE_SENT",
      due: 6,
      suppressed: false,
      metOnTime: 2,
      metLate: 1,
      overdue: 2,
      openDueToday: 1,
      onTimeRate: 33.3,
      lateRate: 16.7,
      overdueRate: 33.3,
    });
    expect(report.rules.find((row) => row.rule === "FIRST_CONTACT")).toMatchObject({
      due: 3,
      suppressed: true,
      metOnTime: null,
      overdue: null,
    });
    expect(report.rules.map((row) => row.rule)).not.toContain("PHASE_INVALIDITY");
    expect(report.rules.find((row) => row.rule === "ACTIVITY_REVIEW")).toMatchObject({
      due: 0,
      suppressed: true,
    });
    expect(report.total).toEqual({
      due: 10,
      suppressed: false,
      metOnTime: 3,
      metLate: 2,
      overdue: 4,
      openDueToday: 1,
      onTimeRate: 30,
      lateRate: 20,
      overdueRate: 40,
    });
    expect(report.months.map((row) => [row.month, row.due, row.suppressed])).toEqual([
      ["2025-03-01", 1, true],
      ["2025-05-01", 1, true],
      ["2025-06-01", 1, true],
      ["2025-07-01", 1, true],
      ["2025-09-01", 1, true],
      ["2025-10-01", 1, true],
      ["2026-02-01", 1, true],
      ["2026-06-01", 3, true],
    ]);
  });

  it("selects deadlines by due date with from and to", async () => {
    const report = await getComplianceReport({ ...filter, from: "2026-01-01", to: "2026-06-29" });
    expect(report.total.due).toBe(3); // 2026-02-01, 2026-06-29 (twice)
  });
});

describe("caseload per coordinator", () => {
  it("counts each coordinator's members, incapacity, trajectories, overdue work and contacts on asOf", async () => {
    const report = await getCaseloadReport(filter);
    expect(report.rows.map((row) => row.coordinatorId)).toEqual([coordinatorA, coordinatorB]);
    expect(report.rows[0]).toMatchObject({
      kind: "coordinator",
      members: 5, // M1–M5 (M10 and M11 have no period in [from, to] by asOf)
      suppressed: false,
      membersInIncapacity: 3, // M2 (open), M3 (ends after asOf), M5 (open)
      openTrajectories: 3, // T2, T3, and M5's trajectory that ends after asOf
      overdueDeadlines: 2, // first contact of M2, questionnaire return of M4 (coordinator-owned only)
      overdueTasks: 2, // M1 open, M3 done after asOf (M4's is the physician's, M5's is due on asOf)
      contactsLast30Days: 3, // Brussels days 1–30 June
    });
    expect(report.rows[1]).toMatchObject({ members: 3, suppressed: true, membersInIncapacity: null });
    expect(report.unassigned).toMatchObject({
      kind: "unassigned",
      members: 1,
      suppressed: true,
      contactsLast30Days: null,
    });
    expect(report.total).toMatchObject({
      kind: "total",
      members: 9,
      suppressed: false,
      membersInIncapacity: 5, // M2, M3, M5, M8, M9
      openTrajectories: 5, // + T6 (invited), T8 (referred)
      overdueDeadlines: 2,
      overdueTasks: 2,
      contactsLast30Days: 3,
    });
    expect(report.nextCursor).toBeNull();
  });

  it("without a start period counts every member of the coordinator", async () => {
    const report = await getCaseloadReport({ ...filter, from: null, to: null });
    expect(report.rows[0]).toMatchObject({ members: 7, membersInIncapacity: 3 });
  });

  it("pages coordinators by keyset", async () => {
    const first = await getCaseloadReport(filter, { limit: 1 });
    expect(first.rows.map((row) => row.coordinatorId)).toEqual([coordinatorA]);
    expect(first.nextCursor).not.toBeNull();
    const second = await getCaseloadReport(filter, { limit: 1, cursor: first.nextCursor });
    expect(second.rows.map((row) => row.coordinatorId)).toEqual([coordinatorB]);
    expect(second.nextCursor).toBeNull();
    expect(second.total.members).toBe(9);
  });
});

describe("distributions", () => {
  it("counts how trajectories ended, their outcomes and stop reasons, suppressing categories under 5", async () => {
    const report = await getOutcomesReport(filter);
    // Ended by asOf: T1, T7, M4's two closed and one declined, M5's two (the third ends after asOf).
    expect(report.endings.total).toBe(7);
    expect(report.endings.rows.slice(0, 3)).toEqual([
      { key: "CLOSED", count: 6, suppressed: false, share: 85.7 },
      { key: "DECLINED", count: 1, suppressed: true, share: null },
      { key: "REFERRED_OUT", count: 0, suppressed: true, share: null },
    ]);
    expect(report.outcomes.total).toBe(6);
    expect(report.outcomes.rows.find((row) => row.key === "BACK_AT_WORK")).toEqual({
      key: "BACK_AT_WORK",
      count: 5,
      suppressed: false,
      share: 83.3,
    });
    expect(report.outcomes.rows.find((row) => row.key === "NO_RESULT")).toMatchObject({
      count: 1,
      share: null,
    });
    expect(report.stopReasons.rows.find((row) => row.key === "RESUMED_FULLY")).toEqual({
      key: "RESUMED_FULLY",
      count: 4,
      suppressed: true,
      share: null,
    });
  });

  it("gives referral targets with answer rate and median response time", async () => {
    const report = await getReferralsReport(filter);
    expect(report.targets.find((row) => row.target === "VDAB")).toEqual({
      target: "VDAB",
      referrals: 6,
      suppressed: false,
      share: 75, // 6 of 8
      answeredRate: 66.7, // 4 of 6 answered by asOf
      medianResponseDays: 15, // 5, 10, 20, 30
      unansweredOverdue: 1, // sent 2026-05-01, expected 2026-05-31
    });
    expect(report.targets.find((row) => row.target === "OCCUPATIONAL_PHYSICIAN")).toMatchObject({
      referrals: 2,
      suppressed: true,
      medianResponseDays: null,
    });
    expect(report.total).toEqual({
      target: "ALL",
      referrals: 8,
      suppressed: false,
      share: 100,
      answeredRate: 62.5, // 5 of 8 (the answer of 2026-07-02 comes after asOf)
      medianResponseDays: 14, // 5, 10, 14, 20, 30
      unansweredOverdue: 1,
    });
  });

  it("gives the grant rate of work adjustments per type and the refusal reasons", async () => {
    const report = await getAdjustmentsReport(filter);
    expect(report.types.find((row) => row.type === "HOURS")).toEqual({
      type: "HOURS",
      requested: 6,
      suppressed: false,
      decided: 4, // the grant of 2026-07-10 comes after asOf
      granted: 2,
      partiallyGranted: 1,
      refused: 1,
      grantRate: 75,
      fullGrantRate: 50,
    });
    expect(report.types.find((row) => row.type === "TELEWORK")).toMatchObject({
      requested: 1,
      suppressed: true,
      grantRate: null,
    });
    expect(report.total).toEqual({
      type: "ALL",
      requested: 7,
      suppressed: false,
      decided: 5,
      granted: 2,
      partiallyGranted: 1,
      refused: 2,
      grantRate: 60,
      fullGrantRate: 40,
    });
    expect(report.refusalReasons.total).toBe(3);
    expect(report.refusalReasons.rows.find((row) => row.key === "TOO_EXPENSIVE")).toEqual({
      key: "TOO_EXPENSIVE",
      count: 2,
      suppressed: true,
      share: null,
    });
  });
});
