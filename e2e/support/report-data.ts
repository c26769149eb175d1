// A small, known file for the report journeys, in a team of its own so that the totals are the test's alone.
// Expected values (asOf 2026-10-31, periods starting from 2026-01-01), worked out by hand:
//   women: 6 periods, share 75.0 (6 of 8), mean incapacity 198.3 days ((295+150+259+92+214+180)/6),
//          progressive return 50.0 (3 of 6); men: 2 periods (suppressed); under 55: 5; 55+: 3 (suppressed).
import { makeTeam, makeUser } from "../../prisma/factories";
import { addActivity, addMember, addPeriod } from "../../lib/reports/test-fixtures";

export const REPORT_FILTER = { from: "2026-01-01", asOf: "2026-10-31" } as const;

export async function makeReportScenario(label: string): Promise<{ teamId: string; teamName: string }> {
  const teamName = `Reports ${label} ${Date.now()}`;
  const team = await makeTeam({ name: teamName });
  const coordinator = await makeUser("COORDINATOR", { teamId: team.id });
  const physician = await makeUser("ADVISING_PHYSICIAN", { teamId: team.id });
  const people = [
    {
      sex: "F",
      birth: "1960-05-01",
      start: "2026-01-10",
      diagnosis: "BURNOUT",
      activity: { status: "AUTHORISED", start: "2026-03-01", hours: 19 },
    },
    {
      sex: "F",
      birth: "1985-01-01",
      start: "2026-02-01",
      end: "2026-06-30",
      endReason: "FULL_RETURN",
      diagnosis: "MSK",
      activity: { status: "ENDED", start: "2026-03-15", end: "2026-06-30", hours: 15.2 },
    },
    { sex: "F", birth: "1990-01-01", start: "2026-02-15", diagnosis: "MENTAL" },
    {
      sex: "F",
      birth: "1970-03-01",
      start: "2026-03-01",
      end: "2026-05-31",
      endReason: "OTHER",
      diagnosis: "MSK",
    },
    {
      sex: "F",
      birth: "1988-08-08",
      start: "2026-04-01",
      diagnosis: "BURNOUT",
      activity: { status: "AUTHORISED", start: "2026-06-01", hours: 22.8 },
    },
    { sex: "F", birth: "1975-10-10", start: "2026-05-05", diagnosis: "MSK" },
    { sex: "M", birth: "1980-01-01", start: "2026-01-20", diagnosis: "MSK" },
    {
      sex: "M",
      birth: "1962-02-02",
      start: "2026-03-03",
      end: "2026-09-30",
      endReason: "FULL_RETURN",
      diagnosis: "MSK",
    },
  ] as const;
  for (const person of people) {
    const memberId = await addMember({
      teamId: team.id,
      sex: person.sex,
      birthDate: person.birth,
      coordinatorId: coordinator.id,
    });
    const periodId = await addPeriod(memberId, {
      start: person.start,
      end: "end" in person ? person.end : null,
      endReason: "endReason" in person ? person.endReason : undefined,
      diagnosis: person.diagnosis,
    });
    if ("activity" in person) {
      await addActivity(memberId, periodId, {
        status: person.activity.status,
        start: person.activity.start,
        end: "end" in person.activity ? person.activity.end : null,
        hours: person.activity.hours,
        deciderId: physician.id,
      });
    }
  }
  return { teamId: team.id, teamName };
}

/** A number as the English screen shows it ("1,234.5"), or null for a dash. */
export function parseScreenNumber(text: string): number | null {
  const value = text.replace(/[^\d.,—-]/g, "");
  if (value === "" || value.includes("—")) return null;
  return Number(value.replace(/,/g, ""));
}
