// The everyday query cases of `npm run bench`: a coordinator's caseload (own, team, team overdue by deadline),
// the richest member file of that caseload with its timeline and deadlines, the overdue list, the today panel,
// the employer search and the advising physician's queue — each next to the plain SQL it boils down to.
import { caseloadSql, findCaseload, findOverdueDeadlines, findTodayPanel } from "@/lib/caseload/queries";
import { ZCaseloadFilterSchema } from "@/lib/caseload/schemas";
import { searchEmployers } from "@/lib/employers/queries";
import type { ScopedUser } from "@/lib/members/access";
import { countQueueItems, findQueueItems, type QueueUser } from "@/lib/queue/queries";
import { ZQueueFilterSchema } from "@/lib/queue/schemas";
import { getMemberFile } from "@/lib/timeline/queries";

import type { BenchCase } from "../lib/bench";

export interface QueryCaseSubjects {
  today: string;
  coordinator: ScopedUser & { teamId: string };
  /** The richest member file of the coordinator's caseload. */
  memberId: string;
  physician: QueueUser;
  /** A fragment of an employer's name, as someone typing in the employer picker would enter it. */
  employerFragment: string;
}

/** The caseload filters of the three caseload views, as the page's address gives them. */
export const CASELOAD_VIEWS = {
  own: {},
  team: { scope: "team" },
  overdue: { scope: "team", overdue: "1", sort: "nextDeadline" },
} as const;

export function queryBenchCases(subjects: QueryCaseSubjects): BenchCase[] {
  const { today, coordinator: user, memberId, physician, employerFragment } = subjects;
  const statement = (sql: { text: string; values: unknown[] }) => ({ text: sql.text, values: sql.values });
  const mine = ZCaseloadFilterSchema.parse(CASELOAD_VIEWS.own);
  const team = ZCaseloadFilterSchema.parse(CASELOAD_VIEWS.team);
  const overdueByDeadline = ZCaseloadFilterSchema.parse(CASELOAD_VIEWS.overdue);
  const todayDate = new Date(`${today}T00:00:00Z`);
  const queueFilter = ZQueueFilterSchema.parse({});
  return [
    {
      name: "caseload page (own members)",
      app: () => findCaseload(user, mine, today),
      sql: statement(caseloadSql(user, mine, today, 50)),
    },
    {
      name: "caseload page (team)",
      app: () => findCaseload(user, team, today),
      sql: statement(caseloadSql(user, team, today, 50)),
    },
    {
      name: "caseload (team, overdue, by deadline)",
      app: () => findCaseload(user, overdueByDeadline, today),
      sql: statement(caseloadSql(user, overdueByDeadline, today, 50)),
    },
    {
      name: "member file + timeline + deadlines",
      app: () => getMemberFile(user, memberId, { today, locale: "nl" }),
      // The same data in one statement: every section of the file aggregated as JSON.
      sql: {
        text: `SELECT m."id",
          (SELECT json_agg(p) FROM "IncapacityPeriod" p WHERE p."memberId" = m."id") AS periods,
          (SELECT json_agg(q) FROM "Questionnaire" q JOIN "IncapacityPeriod" p ON p."id" = q."periodId" WHERE p."memberId" = m."id") AS questionnaires,
          (SELECT json_agg(a) FROM "CapacityAssessment" a WHERE a."memberId" = m."id") AS assessments,
          (SELECT json_agg(t) FROM "Trajectory" t WHERE t."memberId" = m."id") AS trajectories,
          (SELECT json_agg(x) FROM "TrajectoryTransition" x JOIN "Trajectory" t ON t."id" = x."trajectoryId" WHERE t."memberId" = m."id") AS transitions,
          (SELECT json_agg(g) FROM "PlanGoal" g JOIN "Trajectory" t ON t."id" = g."trajectoryId" WHERE t."memberId" = m."id") AS goals,
          (SELECT json_agg(pa) FROM "PlanAction" pa JOIN "Trajectory" t ON t."id" = pa."trajectoryId" WHERE t."memberId" = m."id") AS actions,
          (SELECT json_agg(c) FROM "Consent" c WHERE c."memberId" = m."id") AS consents,
          (SELECT json_agg(c) FROM "Contact" c WHERE c."memberId" = m."id") AS contacts,
          (SELECT json_agg(r) FROM "Referral" r WHERE r."memberId" = m."id") AS referrals,
          (SELECT json_agg(w) FROM "WorkAdjustment" w WHERE w."memberId" = m."id") AS adjustments,
          (SELECT json_agg(a) FROM "AuthorisedActivity" a WHERE a."memberId" = m."id") AS activities,
          (SELECT json_agg(d) FROM "AuthorisedActivityDecision" d JOIN "AuthorisedActivity" a ON a."id" = d."activityId" WHERE a."memberId" = m."id") AS decisions,
          (SELECT json_agg(t) FROM "Task" t WHERE t."memberId" = m."id") AS tasks,
          (SELECT json_agg(d) FROM "Deadline" d WHERE d."memberId" = m."id") AS deadlines
          FROM "Member" m WHERE m."id" = $1`,
        values: [memberId],
      },
    },
    {
      name: "overdue deadlines (own members)",
      app: () => findOverdueDeadlines(user, today),
      sql: {
        text: `SELECT d."id", d."rule", d."dueDate", d."anchorDate", d."variant", d."subjectId", m."id" AS "memberId", m."firstName", m."lastName"
          FROM "Deadline" d JOIN "Member" m ON m."id" = d."memberId"
          WHERE m."coordinatorId" = $1 AND d."metDate" IS NULL AND d."owner" = 'COORDINATOR' AND d."dueDate" < $2
          ORDER BY d."dueDate", d."id" LIMIT 51`,
        values: [user.id, todayDate],
      },
    },
    {
      name: "today panel",
      app: () => findTodayPanel(user, today),
      sql: {
        text: `SELECT d."id", d."dueDate" FROM "Deadline" d JOIN "Member" m ON m."id" = d."memberId"
          WHERE m."coordinatorId" = $1 AND d."metDate" IS NULL AND d."owner" = 'COORDINATOR' AND d."dueDate" <= $2::date + 6
          ORDER BY d."dueDate" LIMIT 100`,
        values: [user.id, todayDate],
      },
    },
    {
      name: `employer search ("${employerFragment}")`,
      app: () => searchEmployers(employerFragment),
      sql: {
        text: `SELECT "id", "name", "kbo", "postalCode" FROM "Employer" WHERE "name" ILIKE $1
          ORDER BY "name", "id" LIMIT 20`,
        values: [`%${employerFragment}%`],
      },
    },
    {
      // The queue page asks for its first page and the counts per kind side by side.
      name: "physician queue (items + counts)",
      app: () =>
        Promise.all([
          findQueueItems(physician, queueFilter, today),
          countQueueItems(physician, queueFilter, today),
        ]),
      sql: "captured",
      concurrent: true,
    },
  ];
}
