// The report scenario of report-data.ts (eight periods in a team of their own, asOf 2026-10-31) with the rest
// of a file around it: trajectories, referrals, adjustments, deadlines, tasks and contacts, so that every
// report has rows of the test's own. Expected values, worked out by hand (filter: team, from 2026-01-01):
//   caseload: the coordinator holds 8 members, 5 in incapacity on the as-of date, 2 open trajectories,
//             1 overdue deadline, 1 overdue task, 2 contacts in the last 30 days;
//   compliance: QUESTIONNAIRE_SENT, 5 due in March 2026: 3 met on time, 1 late, 1 overdue (60.0/20.0/20.0 %);
//   outcomes: 6 ended trajectories, 5 closed (83.3 %) with outcome "back at work" and stop reason
//             "resumed fully" (5, 100.0 %), 1 declined (suppressed);
//   referrals: 6, of which VDAB 5 (83.3 %): 3 answered (60.0 %) after 10, 12 and 14 days (median 12.0),
//              2 unanswered past the expected date; 1 to the occupational physician (suppressed);
//   adjustments: 6 asked for working hours, all decided: 1 granted, 5 refused (16.7 %, 16.7 %); refusal
//                reason "too expensive" 5 (100.0 %).
import { getDb } from "../../lib/db";
import {
  addAdjustment,
  addContact,
  addDeadline,
  addReferral,
  addTask,
  addTrajectory,
} from "../../lib/reports/test-fixtures";

import { makeReportScenario } from "./report-data";

export { REPORT_FILTER, parseScreenNumber } from "./report-data";

export async function makeFullReportScenario(label: string) {
  const scenario = await makeReportScenario(label);
  const coordinator = await getDb().user.findFirstOrThrow({
    where: { teamId: scenario.teamId, role: "COORDINATOR" },
    select: { id: true, name: true },
  });
  const periods = await getDb().incapacityPeriod.findMany({
    where: { member: { teamId: scenario.teamId } },
    select: { id: true, memberId: true, startDate: true },
    orderBy: { startDate: "asc" },
  });
  // By start date: 01-10, 01-20 (M), 02-01, 02-15, 03-01, 03-03 (M), 04-01, 05-05.
  const [first, second, third, fourth, fifth, sixth, seventh, eighth] = periods;
  if (!eighth || !first || !second || !third || !fourth || !fifth || !sixth || !seventh)
    throw new Error(`expected 8 periods in the report team, found ${periods.length}`);

  // Five closed trajectories, one declined, two still open.
  for (const period of [first, third, fourth, fifth, seventh]) {
    await addTrajectory(period.memberId, period.id, {
      status: "CLOSED",
      referred: "2026-04-15",
      firstContact: "2026-04-20",
      end: "2026-05-30",
      stopReason: "RESUMED_FULLY",
      outcome: "BACK_AT_WORK",
    });
  }
  await addTrajectory(eighth.memberId, eighth.id, {
    status: "DECLINED",
    referred: "2026-05-10",
    end: "2026-05-20",
  });
  const referring = await addTrajectory(second.memberId, second.id, {
    status: "ACTIVE",
    referred: "2026-03-10",
    firstContact: "2026-03-15",
  });
  const adjusting = await addTrajectory(sixth.memberId, sixth.id, {
    status: "ACTIVE",
    referred: "2026-03-10",
    firstContact: "2026-03-15",
  });

  for (const [sent, response] of [
    ["2026-06-01", "2026-06-11"],
    ["2026-06-02", "2026-06-14"],
    ["2026-06-03", "2026-06-17"],
  ] as const) {
    await addReferral(referring, second.memberId, { target: "VDAB", sent, status: "ACCEPTED", response });
  }
  for (const sent of ["2026-06-04", "2026-06-05"]) {
    await addReferral(referring, second.memberId, {
      target: "VDAB",
      sent,
      expected: "2026-07-01",
      status: "SENT",
    });
  }
  await addReferral(referring, second.memberId, {
    target: "OCCUPATIONAL_PHYSICIAN",
    sent: "2026-06-06",
    status: "SENT",
  });

  await addAdjustment(adjusting, sixth.memberId, {
    type: "HOURS",
    requested: "2026-06-01",
    status: "GRANTED",
    decided: "2026-06-10",
  });
  for (let index = 0; index < 5; index++) {
    await addAdjustment(adjusting, sixth.memberId, {
      type: "HOURS",
      requested: "2026-06-01",
      status: "REFUSED",
      decided: "2026-06-10",
      refusalReason: "TOO_EXPENSIVE",
    });
  }

  const met = ["2026-03-05", "2026-03-10", "2026-03-20", "2026-04-02", null] as const;
  const due = ["2026-03-10", "2026-03-10", "2026-03-20", "2026-03-25", "2026-03-31"] as const;
  for (const [index, period] of [first, second, third, fourth, fifth].entries()) {
    await addDeadline(period.memberId, {
      rule: "QUESTIONNAIRE_SENT",
      owner: "COORDINATOR",
      subjectId: period.id,
      due: due[index]!,
      met: met[index],
    });
  }

  await addTask(first.memberId, coordinator.id, { due: "2026-10-01" });
  await addTask(first.memberId, coordinator.id, { due: "2026-10-01", done: "2026-10-02" });
  await addContact(first.memberId, coordinator.id, "2026-10-20T10:00:00+02:00");
  await addContact(third.memberId, coordinator.id, "2026-10-31T15:00:00+01:00");
  await addContact(third.memberId, coordinator.id, "2026-09-15T10:00:00+02:00");

  return { ...scenario, coordinator };
}
