// An independent check of a generated member file against the application's rules, replayed from the rows
// alone (not from the generator's state): identity, periods and relapses (V1, V2, V4), questionnaire (V7),
// assessments (V8), the trajectory's history through checkTransition, its plan, consents before third parties (V11),
// authorised-activity decisions through checkDecision (V13–V20), and the stored deadlines against
// computeDeadlines. Used by the generator's unit and database tests; returns the problems found.
import { workFraction, checkDecision } from "@/lib/activities/rules";
import {
  CONTACT_PARTY_CONSENT,
  REFERRAL_TARGET_CONSENT,
  hasValidConsent,
  type ConsentRecord,
} from "@/lib/consents/rules";
import {
  addDays,
  brusselsLocalToInstant,
  dateInBrussels,
  diffDays,
  instantToBrusselsLocal,
  type ISODate,
} from "@/lib/dates";
import { computeDeadlines } from "@/lib/deadlines/rules";
import { classifyRelapse, questionnaireDueDate } from "@/lib/incapacity/rules";
import { checkInsz, regionOfPostalCode, searchNameOf } from "@/lib/members/rules";
import { checkTransition, type TrajectoryStatus } from "@/lib/trajectories/rules";
import { memberFileOf } from "@/prisma/generator/member-file";
import type { MemberFileRows, PeriodRow } from "@/prisma/generator/rows";

export interface VerifyOptions {
  today: ISODate;
  referralResponseDays: number;
  /** User ids by role, when known (the database test knows them). */
  physicians?: ReadonlySet<string>;
  coordinators?: ReadonlySet<string>;
  /** Each coordinator's team, when known: a member belongs to their coordinator's team. */
  teamOf?: ReadonlyMap<string, string>;
}

const LANGUAGES: Record<string, readonly string[]> = {
  FLANDERS: ["nl"],
  WALLONIA: ["fr"],
  BRUSSELS: ["nl", "fr"],
  GERMAN_SPEAKING: ["de", "fr"],
};

export function verifyMemberFile(file: MemberFileRows, options: VerifyOptions): string[] {
  const problems: string[] = [];
  const fail = (what: string, details?: unknown) =>
    problems.push(
      `${file.member.externalId ?? file.member.id}: ${what}${details === undefined ? "" : ` ${JSON.stringify(details)}`}`,
    );
  const { member } = file;
  const lastFact = addDays(options.today, -1);
  const fact = (what: string, date: ISODate | null) => {
    if (date && date > lastFact) fail(`${what} is in the future`, date);
  };

  // Identity.
  if (checkInsz(member.insz, member.birthDate))
    fail("INSZ does not match its check or the birth date", member.insz);
  if (regionOfPostalCode(member.postalCode) !== member.region)
    fail("postal code outside the region", member.postalCode);
  if (!LANGUAGES[member.region]?.includes(member.language)) fail("language does not follow the region");
  if (member.searchName !== searchNameOf(member.firstName, member.lastName)) fail("searchName out of date");
  if (!member.coordinatorId || (options.coordinators && !options.coordinators.has(member.coordinatorId)))
    fail("member without a coordinator of the team");
  else if (options.teamOf && options.teamOf.get(member.coordinatorId) !== member.teamId)
    fail("member outside their coordinator's team", member.teamId);

  // Periods (V1, V2, V4).
  const periods = [...file.periods].sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  const byId = new Map(periods.map((period) => [period.id, period]));
  periods.forEach((period, i) => {
    fact("period start", period.startDate);
    fact("period end", period.endDate);
    if (period.endDate && period.endDate < period.startDate) fail("period ends before it starts", period.id);
    if (!period.endDate !== !period.endReason) fail("period end and end reason disagree", period.id);
    if (!period.endDate && i !== periods.length - 1) fail("an open period is not the last one");
    if (!period.diagnosisGroup || !period.certificateContent)
      fail("period without its medical fields", period.id);
    const previous = periods[i - 1];
    if (previous && (!previous.endDate || previous.endDate >= period.startDate)) fail("periods overlap");
    if (previous) {
      let root: PeriodRow = previous;
      while (root.relapseOfId && byId.has(root.relapseOfId)) root = byId.get(root.relapseOfId)!;
      const verdict = classifyRelapse(previous, period.startDate, root.startDate);
      if ((period.relapseOfId === previous.id) !== verdict.isContinuation)
        fail("relapse link disagrees with V4", period.id);
    } else if (period.relapseOfId) fail("first period continues nothing", period.id);
  });
  const periodOn = (date: ISODate) =>
    periods.find((p) => p.startDate <= date && (!p.endDate || date <= p.endDate)) ?? null;
  const episodeStart = (period: PeriodRow): ISODate => {
    let root = period;
    while (root.relapseOfId && byId.has(root.relapseOfId)) root = byId.get(root.relapseOfId)!;
    return root.startDate;
  };

  // Questionnaire (V7).
  for (const q of file.questionnaires) {
    const period = byId.get(q.periodId);
    if (!period || periodOn(q.sentDate)?.id !== period.id) {
      fail("questionnaire sent outside its period", q.id);
      continue;
    }
    fact("questionnaire sent", q.sentDate);
    fact("questionnaire returned", q.returnedDate);
    fact("questionnaire help", q.helpOfferedDate);
    // Week 10 (≈ day 63–70), a little later when sending slipped or the member relapsed in between.
    const day = diffDays(episodeStart(period), q.sentDate);
    if (day < 60 || day > 63 + 40) fail("questionnaire not sent around week 10", { day });
    if (q.dueDate !== questionnaireDueDate(q.sentDate)) fail("questionnaire not due back on time", q.id);
    if (q.returnedDate && q.returnedDate < q.sentDate)
      fail("questionnaire returned before it was sent", q.id);
    if (q.helpOfferedDate && q.helpOfferedDate <= q.dueDate)
      fail("help offered before the questionnaire was late", q.id);
  }

  // Assessments (V8): by a physician, with both texts.
  for (const a of file.assessments) {
    fact("assessment", a.assessedDate);
    if (periodOn(a.assessedDate)?.id !== a.periodId) fail("assessment outside its period", a.id);
    if (a.category < 1 || a.category > 4) fail("category out of range", a.category);
    if (!a.functionalLimitations.trim() || !a.medicalNotes?.trim())
      fail("assessment without its texts", a.id);
    if (options.physicians && !options.physicians.has(a.physicianId))
      fail("assessment not by a physician", a.id);
    if (a.nextReviewDate && a.nextReviewDate <= a.assessedDate) fail("review before assessment", a.id);
  }

  // Trajectory: its history replayed through the state machine.
  const consents: ConsentRecord[] = file.consents.map((c) => ({
    party: c.party as ConsentRecord["party"],
    givenDate: c.givenDate,
    withdrawnDate: c.withdrawnDate,
  }));
  if (file.trajectories.length > 1) fail("more than one trajectory");
  for (const t of file.trajectories) {
    fact("referral", t.referredDate);
    if (periodOn(t.referredDate)?.id !== t.periodId)
      fail("trajectory not on the period open at referral", t.id);
    const history = file.transitions
      .filter((tr) => tr.trajectoryId === t.id)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const [start, ...steps] = history;
    if (!start || start.fromStatus !== null || start.toStatus !== "REFERRED" || start.date !== t.referredDate)
      fail("trajectory does not start REFERRED on its referral date", t.id);
    let state = {
      status: "REFERRED" as TrajectoryStatus,
      referredDate: t.referredDate,
      invitedDate: null as ISODate | null,
      firstContactDate: null as ISODate | null,
    };
    for (const step of steps) {
      fact("transition", step.date);
      const input = {
        to: step.toStatus as TrajectoryStatus,
        invitedDate: step.toStatus === "INVITED" ? step.date : null,
        firstContactDate: step.toStatus === "ACTIVE" ? step.date : null,
        endDate: ["CLOSED", "DECLINED", "REFERRED_OUT"].includes(step.toStatus) ? step.date : null,
        stopReason: step.toStatus === "CLOSED" ? t.stopReason : null,
        outcome: step.toStatus === "CLOSED" ? t.outcome : null,
        endNote: step.toStatus === "REFERRED_OUT" ? t.endNote : null,
      };
      const verdict = checkTransition(state, input, options.today);
      if (step.fromStatus !== state.status || !verdict.ok)
        fail("transition refused by the state machine", { step, verdict });
      state = {
        ...state,
        status: input.to,
        invitedDate: input.invitedDate ?? state.invitedDate,
        firstContactDate: input.firstContactDate ?? state.firstContactDate,
      };
    }
    if (state.status !== t.status) fail("trajectory status differs from its history", t.id);
    if (state.invitedDate !== t.invitedDate || state.firstContactDate !== t.firstContactDate)
      fail("trajectory dates differ from its history", t.id);
    if (t.initiative === "ADVISING_PHYSICIAN") {
      const goAhead = file.assessments.some(
        (a) =>
          a.category === 4 &&
          t.goAheadDate &&
          a.assessedDate <= t.goAheadDate &&
          a.assessedDate >= addDays(t.goAheadDate, -7),
      );
      if (!goAhead || t.goAheadDate !== t.referredDate)
        fail("physician's trajectory without a category-4 go-ahead", t.id);
    } else if (t.goAheadDate) fail("member's trajectory with a go-ahead", t.id);
  }
  const trajectory = file.trajectories[0] ?? null;

  // Plan: goals between the first contact and the end of the trajectory (the funnel's "active" stage starts
  // with the first goal), actions after the goal they serve.
  const goalDays = new Map<string, ISODate>();
  for (const g of file.goals) {
    const day = dateInBrussels(g.createdAt);
    fact("plan goal", day);
    goalDays.set(g.id, day);
    const t = file.trajectories.find((x) => x.id === g.trajectoryId);
    if (!t?.firstContactDate || day < t.firstContactDate || (t.endDate && day > t.endDate))
      fail("plan goal outside the active trajectory", g.id);
    if (g.achievedDate && g.achievedDate < day) fail("plan goal achieved before it was set", g.id);
  }
  for (const a of file.actions) {
    const day = dateInBrussels(a.createdAt);
    fact("plan action", day);
    const goalDay = a.goalId ? goalDays.get(a.goalId) : day;
    if (!goalDay || day < goalDay) fail("plan action before its goal", a.id);
    if (a.doneDate && a.doneDate < day) fail("plan action done before it was planned", a.id);
  }

  // Contacts: by the coordinator, consent for third parties (V11), joined to the trajectory open that day.
  for (const c of file.contacts) {
    const day = dateInBrussels(c.occurredAt);
    fact("contact", day);
    if (c.authorId !== member.coordinatorId) fail("contact not by the member's coordinator", c.id);
    if (brusselsLocalToInstant(instantToBrusselsLocal(c.occurredAt)).getTime() !== c.occurredAt.getTime())
      fail("contact time is not a Brussels local time", c.id);
    const party = CONTACT_PARTY_CONSENT[c.party];
    if (party && !hasValidConsent(consents, party, day)) fail("third-party contact without consent", c.id);
    const open =
      trajectory && trajectory.referredDate <= day && (!trajectory.endDate || day < trajectory.endDate);
    if (open && c.trajectoryId !== trajectory.id) fail("contact not joined to the open trajectory", c.id);
  }

  // Referrals: while the trajectory is active, with consent, answered ones dated.
  for (const r of file.referrals) {
    fact("referral sent", r.sentDate);
    fact("referral response", r.responseDate);
    const t = file.trajectories.find((x) => x.id === r.trajectoryId);
    if (!t?.firstContactDate || r.sentDate < t.firstContactDate || (t.endDate && r.sentDate > t.endDate))
      fail("referral outside the active trajectory", r.id);
    const party = REFERRAL_TARGET_CONSENT[r.target];
    if (party && !hasValidConsent(consents, party, r.sentDate)) fail("referral without consent", r.id);
    if (r.expectedResponseDate !== addDays(r.sentDate, options.referralResponseDays))
      fail("expected response date", r.id);
    const answered = ["ACCEPTED", "DECLINED", "COMPLETED"].includes(r.status);
    if (answered !== !!r.responseDate) fail("referral answer and date disagree", r.id);
  }

  // Work adjustments: with the employer's consent; refusals explained or not.
  for (const w of file.adjustments) {
    fact("adjustment requested", w.requestedDate);
    fact("adjustment decided", w.decidedDate);
    if (!hasValidConsent(consents, "EMPLOYER", w.requestedDate))
      fail("adjustment without employer consent", w.id);
    if (w.decidedDate && w.decidedDate < w.requestedDate) fail("adjustment decided before requested", w.id);
    if (w.status === "REFUSED" && (!w.refusalReason || w.explanationGiven === null))
      fail("refusal without reason", w.id);
    if (w.refusalReason && w.status !== "REFUSED" && w.status !== "PARTIALLY_GRANTED")
      fail("reason without refusal", w.id);
    if (w.refusalReason === "NO_EXPLANATION" && w.explanationGiven)
      fail("no explanation, yet explained", w.id);
  }

  // Authorised activities: inside an open period, decisions replayed through checkDecision.
  for (const a of file.activities) {
    fact("activity request", a.requestReceivedDate);
    fact("activity start", a.startDate);
    fact("activity end", a.endDate);
    const period = byId.get(a.periodId);
    if (
      !period ||
      periodOn(a.startDate)?.id !== period.id ||
      periodOn(a.requestReceivedDate)?.id !== period.id
    )
      fail("activity request or start outside an open period (V19)", a.id);
    if (period && a.endDate && period.endDate && a.endDate > period.endDate)
      fail("activity ends after its period", a.id);
    const fraction = workFraction(a.authorisedWeeklyHours ?? a.requestedWeeklyHours, a.referenceWeeklyHours);
    if (!(fraction > 0 && fraction < 100)) fail("work fraction out of range (V15)", a.id);
    const decisions = file.decisions
      .filter((d) => d.activityId === a.id)
      .sort((x, y) => (x.decisionDate < y.decisionDate ? -1 : 1));
    let current = { hours: null as number | null, validUntil: null as ISODate | null, status: "PENDING" };
    decisions.forEach((d, i) => {
      fact("activity decision", d.decisionDate);
      const isFirst = d.kind === "AUTHORISED" || d.kind === "AUTHORISED_FEWER_HOURS" || d.kind === "REFUSED";
      if (isFirst !== (i === 0)) fail("decision out of order", d.id);
      if (options.physicians && !options.physicians.has(d.physicianId))
        fail("decision not by a physician", d.id);
      const review = d.kind === "REVIEWED";
      const errors = checkDecision(
        {
          startDate: a.startDate,
          requestReceivedDate: a.requestReceivedDate,
          requestedWeeklyHours: a.requestedWeeklyHours,
          referenceWeeklyHours: a.referenceWeeklyHours,
          statute: member.statute,
        },
        {
          kind: d.kind as "AUTHORISED",
          decisionDate: d.decisionDate,
          // A review's row repeats the hours and validity it kept; the decision itself takes neither.
          authorisedWeeklyHours: review ? null : d.authorisedWeeklyHours,
          validUntil: review ? null : d.validUntil,
          nextReviewDate: d.nextReviewDate,
          refusalReason: d.refusalReason,
        },
        options.today,
      );
      if (Object.keys(errors).length) fail("decision refused by checkDecision", { id: d.id, errors });
      if (review && (d.authorisedWeeklyHours !== current.hours || d.validUntil !== current.validUntil))
        fail("review changed the hours or validity of the grant", d.id);
      current = {
        hours: d.authorisedWeeklyHours,
        validUntil: d.validUntil,
        status: d.kind === "REFUSED" ? "REFUSED" : "AUTHORISED",
      };
    });
    const last = decisions[decisions.length - 1];
    const expected = a.status === "ENDED" ? "AUTHORISED" : a.status === "WITHDRAWN" ? "PENDING" : a.status;
    if (current.status !== expected)
      fail("activity status differs from its decisions", { id: a.id, status: a.status });
    if (
      last &&
      (a.decisionDate !== last.decisionDate ||
        a.validUntil !== last.validUntil ||
        a.authorisedWeeklyHours !== last.authorisedWeeklyHours)
    )
      fail("activity does not show its latest decision", a.id);
    if ((a.status === "ENDED") !== !!a.endDate || !a.endDate !== !a.endReason)
      fail("activity end incomplete", a.id);
  }
  if (file.activities.filter((a) => a.status === "PENDING").length > 1) fail("two pending requests");

  // Deadlines: exactly the engine's output for the file.
  const expected = computeDeadlines(memberFileOf(file));
  const key = (d: {
    rule: string;
    subjectId: string;
    cycle: number;
    dueDate: string;
    metDate: string | null;
    anchorDate: string;
    regime: string;
    owner: string;
    variant: string;
  }) =>
    `${d.rule}:${d.subjectId}:${d.cycle}|${d.dueDate}|${d.metDate}|${d.anchorDate}|${d.regime}|${d.owner}|${d.variant}`;
  const stored = file.deadlines.map(key).sort();
  const computed = expected.map(key).sort();
  if (stored.join("\n") !== computed.join("\n"))
    fail("stored deadlines differ from computeDeadlines", { stored, computed });
  for (const task of file.tasks) {
    if (task.assigneeId !== member.coordinatorId) fail("task not assigned to the coordinator", task.id);
    fact("task done", task.doneDate);
  }
  return problems;
}
