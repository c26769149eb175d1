// A member's return-to-work trajectory (seed 004): who started it, its status history through the state
// machine (every step checked by checkTransition), contacts by the coordinator, consents before any
// third party is involved (V11), referrals, the plan, work adjustments with the employer, and the tasks
// that follow from unanswered referrals.
import { ZRequestAdjustmentSchema, ZDecideAdjustmentSchema } from "@/lib/adjustments/schemas";
import {
  hasValidConsent,
  type ConsentRecord,
  type ThirdParty,
  CONTACT_PARTY_CONSENT,
  REFERRAL_TARGET_CONSENT,
} from "@/lib/consents/rules";
import { ZRecordConsentSchema, ZWithdrawConsentSchema } from "@/lib/consents/schemas";
import { ZLogContactSchema } from "@/lib/contacts/schemas";
import { addDays, addMonths, diffDays, maxDate, minDate, type ISODate } from "@/lib/dates";
import { ZCreateReferralSchema, ZUpdateReferralSchema } from "@/lib/referrals/schemas";
import { ZCreateTaskSchema } from "@/lib/tasks/schemas";
import { checkTransition, type TransitionInput, type TrajectoryStatus } from "@/lib/trajectories/rules";
import {
  ZPlanActionSchema,
  ZPlanGoalSchema,
  ZStartTrajectorySchema,
  ZTransitionTrajectorySchema,
  ZUpdatePlanActionSchema,
  ZUpdatePlanGoalSchema,
} from "@/lib/trajectories/schemas";
import type {
  AdjustmentStatus,
  ContactChannel,
  ContactParty,
  ReferralStatus,
  ReferralTarget,
  StopReason,
  TrajectoryOutcome,
} from "@/lib/generated/prisma/enums";
import { workingDayNear, type FileBuilder } from "@/prisma/generator/builder";
import type { FileState } from "@/prisma/generator/member-info";
import {
  DECLINED_SHARE,
  PHYSICIAN_INITIATIVE_SHARE,
  PLAN,
  REFERRAL_IN_TRAJECTORY_SHARE,
  REFERRED_OUT_SHARE,
  TRAJECTORY_MEDIAN_DAYS,
  pickAdjustmentType,
  pickContactChannel,
  pickContactParty,
  pickGrantLevel,
  pickOtherOutcome,
  pickOtherStopReason,
  pickRefusalReason,
} from "@/prisma/generator/model";
import { clamp, geometric, weighted } from "@/prisma/generator/random";
import type { ConsentRow, TrajectoryRow } from "@/prisma/generator/rows";
import {
  ADJUSTMENT_DESCRIPTION,
  CONSENT_PURPOSE,
  OTHER_CONSENT_PURPOSE,
  CONTACT_SUMMARY,
  DECLINE_NOTE,
  NEXT_ACTION,
  OCCUPATIONAL_SERVICES,
  PLAN_ACTIONS,
  PLAN_GOALS,
  REFERRAL_ORGANISATION,
  REFERRAL_OUTCOME,
  REFERRED_OUT_NOTE,
  TASK_TITLE,
} from "@/prisma/generator/texts";

export interface TrajectoryPlan {
  initiative: "MEMBER" | "ADVISING_PHYSICIAN";
  referredDate: ISODate;
  goAheadDate: ISODate | null;
  /** The physician's category-4 assessment that gives the go-ahead (V9). */
  assessmentDate: ISODate | null;
}

/** TNW exists from 2022, for the self-employed from 2023 (LM-TNW). */
function tnwStart(statute: string): ISODate {
  return statute === "SELF_EMPLOYED" ? "2023-01-01" : "2022-01-01";
}

/** Whether the member gets a trajectory, when and on whose initiative (before the assessments are made). */
export function planTrajectory(b: FileBuilder, state: FileState): TrajectoryPlan | null {
  const { episode, plan, member } = state;
  const { rng } = b;
  const main = episode.main;
  const pr = plan.progressiveReturn;
  const chance = b.context.profile.trajectoryChance;
  if (!rng.chance(pr ? chance.withProgressiveReturn : chance.other)) return null;
  const isPhysician = rng.chance(PHYSICIAN_INITIATIVE_SHARE);
  // A physician refers after the first assessment (month 4); a member may ask at any time.
  const from = maxDate(
    maxDate(addDays(main.startDate, 30), addDays(episode.root.startDate, isPhysician ? 100 : 30)),
    tnwStart(member.statute),
  );
  const to = addDays(minDate(main.endDate ?? b.lastFact, b.lastFact), -1);
  if (from > to) return null;
  const within = (a: ISODate, z: ISODate): ISODate | null => {
    const lo = maxDate(a, from);
    const hi = minDate(z, to);
    return lo <= hi ? rng.dateBetween(lo, hi) : null;
  };
  let referred: ISODate | null = null;
  if (pr) referred = within(addDays(pr.startDate, -240), addDays(pr.startDate, -15));
  else if (
    main.endDate &&
    (main.endReason === "FULL_RETURN" || main.endReason === "PART_TIME_CONTINUED") &&
    rng.chance(0.75)
  ) {
    referred = within(addDays(main.endDate, -300), addDays(main.endDate, -30));
  }
  // Members still in incapacity: many are being coached right now.
  if (!referred && !main.endDate && rng.chance(0.4)) referred = within(addDays(b.lastFact, -240), b.lastFact);
  referred ??= minDate(to, addDays(from, Math.round(clamp(rng.logNormal(120, 1), 0, 3000))));
  if (!isPhysician)
    return { initiative: "MEMBER", referredDate: referred, goAheadDate: null, assessmentDate: null };
  return {
    initiative: "ADVISING_PHYSICIAN",
    referredDate: referred,
    goAheadDate: referred,
    assessmentDate: addDays(referred, -rng.int(0, 7)),
  };
}

const pickInPersonChannel = weighted<ContactChannel>([
  ["IN_PERSON", 55],
  ["PHONE", 25],
  ["VIDEO", 15],
  ["HOME_VISIT", 5],
]);

function employmentService(b: FileBuilder, state: FileState): ReferralTarget {
  switch (state.member.region) {
    case "FLANDERS":
      return b.rng.chance(0.2) ? "GTB" : "VDAB";
    case "WALLONIA":
      return "FOREM";
    case "BRUSSELS":
      return b.language === "nl" && b.rng.chance(0.5) ? "VDAB" : "ACTIRIS";
    default:
      return "ADG";
  }
}

/** Fig 11: employees with an employer can be referred to its occupational physician or the employer. */
const pickTargetWithEmployer = weighted<ReferralTarget | "EMPLOYMENT_SERVICE">([
  ["OCCUPATIONAL_PHYSICIAN", 47],
  ["EMPLOYMENT_SERVICE", 28],
  ["CAREER_GUIDANCE", 15.3],
  ["OTHER", 4.7],
  ["ADVISING_PHYSICIAN", 2.6],
  ["GP_PSYCHOLOGIST_PARAMEDIC", 2.6],
  ["EMPLOYER", 1.6],
]);
const pickTargetWithoutEmployer = weighted<ReferralTarget | "EMPLOYMENT_SERVICE">([
  ["EMPLOYMENT_SERVICE", 62],
  ["CAREER_GUIDANCE", 25],
  ["OTHER", 7],
  ["ADVISING_PHYSICIAN", 3],
  ["GP_PSYCHOLOGIST_PARAMEDIC", 3],
]);

export function buildTrajectory(b: FileBuilder, state: FileState, plan: TrajectoryPlan): TrajectoryRow {
  const { rng, rows } = b;
  const { member, episode } = state;
  const main = episode.main;
  const periodEnd = main.endDate;
  const limit = minDate(periodEnd ?? b.lastFact, b.lastFact);
  const id = b.ids.next();
  const isPhysician = plan.initiative === "ADVISING_PHYSICIAN";
  const author = isPhysician ? member.physicianId : member.coordinatorId;

  b.parse(
    ZStartTrajectorySchema,
    {
      memberId: member.id,
      initiative: plan.initiative,
      referredDate: plan.referredDate,
      goAheadDate: plan.goAheadDate ?? "",
      coordinatorId: member.coordinatorId,
    },
    "trajectory",
  );
  const createdAt = b.stamp(plan.referredDate);
  const row: TrajectoryRow = {
    id,
    memberId: member.id,
    periodId: main.id,
    initiative: plan.initiative,
    status: "REFERRED",
    coordinatorId: member.coordinatorId,
    goAheadDate: plan.goAheadDate,
    referredDate: plan.referredDate,
    invitedDate: null,
    firstContactDate: null,
    endDate: null,
    stopReason: null,
    outcome: null,
    endNote: null,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    createdById: author,
    updatedById: author,
  };
  rows.trajectories.push(row);
  rows.transitions.push({
    id: b.ids.next(),
    trajectoryId: id,
    fromStatus: null,
    toStatus: "REFERRED",
    date: plan.referredDate,
    note: null,
    createdAt,
    createdById: author,
  });

  let lastAt = createdAt;
  type Step = TransitionInput & {
    to: TrajectoryStatus;
    stopReason?: StopReason;
    outcome?: TrajectoryOutcome;
  };
  const transition = (input: Step, date: ISODate) => {
    b.parse(
      ZTransitionTrajectorySchema,
      {
        trajectoryId: id,
        version: row.version,
        to: input.to,
        invitedDate: input.invitedDate ?? "",
        firstContactDate: input.firstContactDate ?? "",
        endDate: input.endDate ?? "",
        stopReason: input.stopReason ?? "",
        outcome: input.outcome ?? "",
        endNote: input.endNote ?? "",
      },
      `trajectory transition to ${input.to}`,
    );
    const verdict = checkTransition(
      {
        status: row.status as TrajectoryStatus,
        referredDate: row.referredDate,
        invitedDate: row.invitedDate,
        firstContactDate: row.firstContactDate,
      },
      input,
      b.today,
    );
    b.check(verdict.ok, `trajectory transition ${row.status} → ${input.to} refused`, verdict);
    // Transitions are listed by createdAt: keep them in order when two fall on the same day.
    const stamped = b.stamp(date);
    const at = stamped > lastAt ? stamped : new Date(lastAt.getTime() + 60_000);
    lastAt = at;
    rows.transitions.push({
      id: b.ids.next(),
      trajectoryId: id,
      fromStatus: row.status,
      toStatus: input.to,
      date,
      note: input.endNote ?? null,
      createdAt: at,
      createdById: member.coordinatorId,
    });
    row.status = input.to;
    if (input.invitedDate) row.invitedDate = input.invitedDate;
    if (input.firstContactDate) row.firstContactDate = input.firstContactDate;
    if (input.endDate) row.endDate = input.endDate;
    row.stopReason = input.stopReason ?? row.stopReason;
    row.outcome = input.outcome ?? row.outcome;
    row.endNote = input.endNote ?? row.endNote;
    row.version++;
    row.updatedAt = at;
    row.updatedById = member.coordinatorId;
  };

  // Invitation.
  let invited = addDays(plan.referredDate, rng.chance(0.85) ? rng.int(1, 10) : rng.int(11, 30));
  if (invited > limit) {
    if (!periodEnd) return row; // referred recently: not invited yet
    invited = limit;
  }
  transition({ to: "INVITED", invitedDate: invited }, invited);

  if (rng.chance(DECLINED_SHARE)) {
    const end = minDate(addDays(invited, rng.int(3, 21)), limit);
    transition(
      { to: "DECLINED", endDate: end, endNote: b.rng.pick(DECLINE_NOTE[b.language].slice(0, 2)) },
      end,
    );
    return row;
  }

  // First contact: within a month of the physician's go-ahead for most (V10).
  let firstContact: ISODate;
  if (plan.goAheadDate) {
    const due = addMonths(plan.goAheadDate, 1);
    firstContact = rng.chance(0.85)
      ? rng.dateBetween(invited, maxDate(invited, due))
      : addDays(maxDate(due, invited), rng.int(1, 30));
  } else firstContact = addDays(invited, rng.int(2, 25));
  firstContact = maxDate(invited, workingDayNear(firstContact, limit, invited));
  if (firstContact > limit) {
    if (!periodEnd) return row; // invited, the first contact is still to come
    // The incapacity ended before the first contact: back at work, or no longer reachable.
    const end = maxDate(invited, minDate(periodEnd, b.lastFact));
    const resumed = main.endReason === "FULL_RETURN" || main.endReason === "PART_TIME_CONTINUED";
    transition({ to: "DECLINED", endDate: end, endNote: DECLINE_NOTE[b.language][resumed ? 2 : 1]! }, end);
    return row;
  }
  transition({ to: "ACTIVE", firstContactDate: firstContact }, firstContact);

  // How it ends: with the incapacity, after the planned coaching, or not yet.
  const planned = addDays(
    firstContact,
    Math.round(clamp(rng.logNormal(TRAJECTORY_MEDIAN_DAYS, 0.7), 7, 900)),
  );
  let ending: {
    to: "CLOSED" | "REFERRED_OUT";
    endDate: ISODate;
    stopReason?: StopReason;
    outcome?: TrajectoryOutcome;
  } | null = null;
  const pr = state.plan.progressiveReturn;
  if (periodEnd && periodEnd < planned && periodEnd <= b.lastFact) {
    const endDate = maxDate(firstContact, minDate(addDays(periodEnd, rng.int(0, 21)), b.lastFact));
    const [stopReason, outcome] = (
      {
        FULL_RETURN: ["RESUMED_FULLY", "BACK_AT_WORK"],
        PART_TIME_CONTINUED: ["RESUMED_PARTIALLY", "BACK_AT_WORK"],
        DISMISSAL: ["LEFT_INCAPACITY", "RESIGNED_OR_DISMISSED"],
        MEDICAL_FORCE_MAJEURE: ["LEFT_INCAPACITY", "MEDICAL_DISMISSAL"],
        RETIREMENT: ["LEFT_INCAPACITY", "OTHER"],
        DEATH: ["OTHER", "NO_RESULT"],
        OTHER: ["LEFT_INCAPACITY", "OTHER"],
      } as Record<string, [StopReason, TrajectoryOutcome]>
    )[main.endReason ?? "OTHER"]!;
    ending = { to: "CLOSED", endDate, stopReason, outcome };
  } else if (planned <= b.lastFact) {
    if (rng.chance(REFERRED_OUT_SHARE)) ending = { to: "REFERRED_OUT", endDate: planned };
    else {
      const resumedPartially =
        pr && pr.startDate >= firstContact && pr.startDate <= planned && rng.chance(0.2);
      if (resumedPartially)
        ending = { to: "CLOSED", endDate: planned, stopReason: "RESUMED_PARTIALLY", outcome: "BACK_AT_WORK" };
      else {
        const stopReason = pickOtherStopReason(rng);
        let outcome: TrajectoryOutcome = pickOtherOutcome(rng);
        if (stopReason === "HEALTH_NO_LONGER_ALLOWS" || stopReason === "CANNOT_WORK") {
          const roll = rng.next();
          if (roll < 0.45) outcome = "NO_RESULT";
          else if (roll < 0.55) outcome = "MEDICAL_DISMISSAL";
        } else if (stopReason === "WANTS_TO_RESUME" && rng.chance(0.6)) outcome = "REGAINED_WISH_TO_WORK";
        ending = { to: "CLOSED", endDate: planned, stopReason, outcome };
      }
    }
  }
  const windowEnd = ending ? ending.endDate : b.lastFact;

  // Contacts by the member's coordinator: the first contact, then some more (mean about 3 in all).
  addContact(
    b,
    state,
    row,
    firstContact,
    "MEMBER",
    pickInPersonChannel(rng),
    b.pickText(CONTACT_SUMMARY.first),
  );
  const extra = extraContacts(b, firstContact, windowEnd);
  const contactDates: ISODate[] = [];
  for (let i = 0; i < extra; i++) {
    const date = workingDayNear(
      rng.dateBetween(addDays(firstContact, 1), windowEnd),
      windowEnd,
      firstContact,
    );
    if (date > firstContact && date <= windowEnd) contactDates.push(date);
  }
  contactDates.sort();
  for (const date of contactDates) {
    let party = pickContactParty(rng);
    if (!member.employer && (party === "EMPLOYER" || party === "OCCUPATIONAL_PHYSICIAN")) party = "MEMBER";
    if (party === "GTB" && member.region !== "FLANDERS") party = "EMPLOYMENT_SERVICE";
    const consentParty = CONTACT_PARTY_CONSENT[party] ?? null;
    if (consentParty) ensureConsent(b, state, row, consentParty, date, firstContact);
    const summaries =
      party in CONTACT_SUMMARY
        ? CONTACT_SUMMARY[party as keyof typeof CONTACT_SUMMARY]
        : CONTACT_SUMMARY.MEMBER;
    addContact(b, state, row, date, party, pickContactChannel(rng), b.pickText(summaries));
  }

  // Referrals: the one that ends a referred-out trajectory, and some during coaching.
  if (ending?.to === "REFERRED_OUT") {
    const sent = maxDate(firstContact, addDays(ending.endDate, -rng.int(0, 10)));
    const target = addReferral(b, state, row, sent, firstContact);
    ending = { ...ending, endDate: maxDate(ending.endDate, sent) };
    const note = REFERRED_OUT_NOTE[b.language][0]!.replace("{target}", target);
    transition({ to: "REFERRED_OUT", endDate: ending.endDate, endNote: note }, ending.endDate);
  } else {
    if (rng.chance(REFERRAL_IN_TRAJECTORY_SHARE) && addDays(firstContact, 7) <= windowEnd) {
      addReferral(b, state, row, rng.dateBetween(addDays(firstContact, 7), windowEnd), firstContact);
    }
    if (ending) {
      transition(
        { to: "CLOSED", endDate: ending.endDate, stopReason: ending.stopReason, outcome: ending.outcome },
        ending.endDate,
      );
    }
  }

  buildPlan(b, row, firstContact, windowEnd);
  buildAdjustments(b, state, row, firstContact, windowEnd);
  if (rng.chance(0.1)) {
    const created = rng.dateBetween(firstContact, windowEnd);
    const due = addDays(created, rng.int(3, 21));
    addTask(
      b,
      state,
      "MANUAL",
      created,
      due,
      due <= b.lastFact && rng.chance(0.8) ? minDate(due, b.lastFact) : null,
    );
  }
  finishConsents(b, state);
  return row;
}

/** How many contacts follow the first one: geometric around a mean, or about one every N days of coaching. */
function extraContacts(b: FileBuilder, firstContact: ISODate, windowEnd: ISODate): number {
  const model = b.context.profile.contacts;
  const u = b.rng.next();
  if ("mean" in model) return geometric(u, model.mean);
  const expected = Math.max(0, diffDays(firstContact, windowEnd)) / model.everyDays;
  return Math.min(model.max, Math.round(expected * (0.5 + u)));
}

function addContact(
  b: FileBuilder,
  state: FileState,
  trajectory: TrajectoryRow | null,
  date: ISODate,
  party: ContactParty,
  channel: ContactChannel,
  summary: string,
): void {
  const { rng } = b;
  const minutes = rng.int(8 * 4 + 2, 16 * 4 + 2) * 15;
  const local = `${date}T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  const hasFollowUp = trajectory !== null && rng.chance(0.35);
  const followUpDate = hasFollowUp
    ? workingDayNear(addDays(date, rng.int(7, 28)), addDays(date, 40), date)
    : "";
  const durationMinutes =
    channel === "EMAIL_LETTER"
      ? rng.int(5, 15)
      : channel === "PHONE"
        ? rng.int(5, 30)
        : party === "MEMBER"
          ? rng.int(30, 90)
          : rng.int(15, 45);
  const input = b.parse(
    ZLogContactSchema,
    {
      memberId: state.member.id,
      occurredAt: local,
      channel,
      party,
      durationMinutes,
      summary,
      nextAction: hasFollowUp ? b.pickText(NEXT_ACTION) : "",
      followUpDate,
    },
    "contact",
  );
  const occurredAt = b.at(date, minutes);
  const createdAt = new Date(occurredAt.getTime() + (durationMinutes + rng.int(5, 120)) * 60_000);
  let followUpDoneAt: Date | null = null;
  if (followUpDate && followUpDate <= b.lastFact && rng.chance(0.85)) {
    followUpDoneAt = b.stamp(minDate(addDays(followUpDate, rng.int(0, 3)), b.lastFact));
  }
  b.rows.contacts.push({
    id: b.ids.next(),
    trajectoryId: trajectory?.id ?? null,
    memberId: state.member.id,
    occurredAt,
    channel: input.channel,
    party: input.party,
    durationMinutes: input.durationMinutes ?? null,
    summary: input.summary,
    nextAction: input.nextAction || null,
    followUpDate: input.followUpDate || null,
    followUpDoneAt,
    authorId: state.member.coordinatorId,
    correctsId: null,
    version: followUpDoneAt ? 2 : 1,
    createdAt,
    updatedAt: followUpDoneAt ?? createdAt,
  });
}

/** The questionnaire-help phone call (V7), outside any trajectory. */
export function addQuestionnaireHelpContact(b: FileBuilder, state: FileState, date: ISODate): void {
  addContact(b, state, null, date, "MEMBER", "PHONE", b.pickText(CONTACT_SUMMARY.questionnaireHelp));
}

const consentUses = new WeakMap<ConsentRow, ISODate>();

function partyNameOf(b: FileBuilder, state: FileState, party: ThirdParty): string {
  switch (party) {
    case "EMPLOYER":
      return state.member.employer?.name ?? "";
    case "OCCUPATIONAL_PHYSICIAN":
      return b.rng.pick(OCCUPATIONAL_SERVICES);
    case "TREATING_PHYSICIAN":
      return `Dr. ${b.rng.pick(["Peeters", "Dubois", "Maes", "Lambert", "Janssens", "Schmitz", "Claes", "Renard"])}`;
    case "EMPLOYMENT_SERVICE":
      return {
        FLANDERS: "VDAB",
        WALLONIA: "Le Forem",
        BRUSSELS: "Actiris",
        GERMAN_SPEAKING: "Arbeitsamt der DG",
      }[state.member.region];
    default:
      return "";
  }
}

/** V11: the member's consent for the party, recorded before the date it is needed on. */
function ensureConsent(
  b: FileBuilder,
  state: FileState,
  trajectory: TrajectoryRow,
  party: ThirdParty,
  useDate: ISODate,
  earliest: ISODate,
): void {
  const existing = state.consents.find((consent) => consent.party === party && consent.givenDate <= useDate);
  if (existing) {
    consentUses.set(existing, maxDate(consentUses.get(existing) ?? useDate, useDate));
    return;
  }
  const givenDate = b.rng.chance(0.6) ? useDate : b.rng.dateBetween(minDate(earliest, useDate), useDate);
  const input = b.parse(
    ZRecordConsentSchema,
    {
      trajectoryId: trajectory.id,
      party,
      partyName: partyNameOf(b, state, party),
      purposeCode: CONSENT_PURPOSE[party]!,
      purpose: CONSENT_PURPOSE[party] === "OTHER" ? b.pickText(OTHER_CONSENT_PURPOSE) : "",
      givenDate,
    },
    "consent",
  );
  const createdAt = b.stamp(givenDate);
  const consent: ConsentRow = {
    id: b.ids.next(),
    trajectoryId: trajectory.id,
    memberId: state.member.id,
    party: input.party,
    partyName: input.partyName || null,
    purposeCode: input.purposeCode,
    purpose: input.purposeCode === "OTHER" ? input.purpose : null,
    givenDate: input.givenDate,
    withdrawnDate: null,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    createdById: state.member.coordinatorId,
    updatedById: state.member.coordinatorId,
  };
  state.consents.push(consent);
  b.rows.consents.push(consent);
  consentUses.set(consent, useDate);
  b.check(
    hasValidConsent(state.consents as ConsentRecord[], party, useDate),
    `no valid consent for ${party} on ${useDate}`,
  );
}

/** A few members withdraw a consent after its last use. */
function finishConsents(b: FileBuilder, state: FileState): void {
  for (const consent of state.consents) {
    if (consent.withdrawnDate || !b.rng.chance(0.03)) continue;
    const lastUse = consentUses.get(consent) ?? consent.givenDate;
    const withdrawn = addDays(lastUse, b.rng.int(5, 120));
    if (withdrawn > b.lastFact) continue;
    b.parse(
      ZWithdrawConsentSchema,
      { consentId: consent.id, version: consent.version, withdrawnDate: withdrawn },
      "consent withdrawal",
    );
    consent.withdrawnDate = withdrawn;
    consent.version++;
    consent.updatedAt = b.stamp(withdrawn);
  }
}

function addReferral(
  b: FileBuilder,
  state: FileState,
  trajectory: TrajectoryRow,
  sent: ISODate,
  firstContact: ISODate,
): string {
  const { rng } = b;
  const picked = (state.member.employer ? pickTargetWithEmployer : pickTargetWithoutEmployer)(rng);
  const target: ReferralTarget = picked === "EMPLOYMENT_SERVICE" ? employmentService(b, state) : picked;
  const consentParty = REFERRAL_TARGET_CONSENT[target] ?? null;
  if (consentParty) ensureConsent(b, state, trajectory, consentParty, sent, firstContact);
  const organisation =
    target === "OCCUPATIONAL_PHYSICIAN"
      ? (state.consents.find((consent) => consent.party === "OCCUPATIONAL_PHYSICIAN")?.partyName ??
        rng.pick(OCCUPATIONAL_SERVICES))
      : target === "EMPLOYER"
        ? (state.member.employer?.name ?? "")
        : b.pickText(REFERRAL_ORGANISATION[target]!);
  const input = b.parse(
    ZCreateReferralSchema,
    { trajectoryId: trajectory.id, target, organisation, sentDate: sent, expectedResponseDate: "" },
    "referral",
  );
  const expected = addDays(sent, b.context.referralResponseDays);
  const createdAt = b.stamp(sent);
  const referral = {
    id: b.ids.next(),
    trajectoryId: trajectory.id,
    memberId: state.member.id,
    target: input.target,
    organisation: input.organisation || null,
    sentDate: sent,
    expectedResponseDate: expected,
    status: "SENT" as ReferralStatus,
    responseDate: null as ISODate | null,
    outcomeNote: null as string | null,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    createdById: state.member.coordinatorId,
    updatedById: state.member.coordinatorId,
  };
  b.rows.referrals.push(referral);

  const responseDate = addDays(sent, Math.round(clamp(rng.logNormal(12, 0.8), 1, 120)));
  let status: ReferralStatus | null = null;
  let statusDate: ISODate | null = null;
  if (rng.chance(0.85) && responseDate <= b.lastFact) {
    status = weighted<ReferralStatus>([
      ["ACCEPTED", 50],
      ["COMPLETED", 30],
      ["DECLINED", 20],
    ])(rng);
    statusDate = responseDate;
  } else if (diffDays(sent, b.lastFact) > 60 && rng.chance(0.15)) {
    status = "CANCELLED";
    statusDate = addDays(sent, rng.int(31, 60));
  }
  if (status && statusDate) {
    const isAnswer = status !== "CANCELLED";
    const update = b.parse(
      ZUpdateReferralSchema,
      {
        referralId: referral.id,
        version: 1,
        status,
        responseDate: isAnswer ? statusDate : "",
        outcomeNote: isAnswer
          ? b.rng.pick(REFERRAL_OUTCOME[b.language].slice(0, status === "DECLINED" ? 3 : 2))
          : "",
      },
      "referral answer",
    );
    referral.status = update.status;
    referral.responseDate = update.responseDate || null;
    referral.outcomeNote = update.outcomeNote || null;
    referral.version = 2;
    referral.updatedAt = b.stamp(statusDate);
  }
  // A referral still unanswered after its expected date raises a follow-up task.
  const chaseFrom = addDays(expected, 1);
  if (
    referral.status !== "CANCELLED" &&
    chaseFrom <= b.lastFact &&
    (!referral.responseDate || referral.responseDate > expected)
  ) {
    addTask(b, state, "REFERRAL_CHASE", chaseFrom, addDays(expected, 7), referral.responseDate);
  }
  return input.organisation || target;
}

export function addTask(
  b: FileBuilder,
  state: FileState,
  kind: "MANUAL" | "QUESTIONNAIRE_HELP" | "REFERRAL_CHASE",
  created: ISODate,
  due: ISODate,
  done: ISODate | null,
): void {
  // A manual task goes through the form's schema as a coordinator's would; the tasks Reprise makes have no
  // title of their own (it is rendered from the kind in the reader's language).
  const title =
    kind === "MANUAL"
      ? b.parse(
          ZCreateTaskSchema,
          {
            memberId: state.member.id,
            title: b.pickText(TASK_TITLE.MANUAL),
            dueDate: due,
            assigneeId: state.member.coordinatorId,
          },
          "task",
        ).title
      : null;
  const createdAt = b.stamp(created);
  b.rows.tasks.push({
    id: b.ids.next(),
    memberId: state.member.id,
    assigneeId: state.member.coordinatorId,
    kind,
    title,
    dueDate: due,
    doneDate: done,
    version: done ? 2 : 1,
    createdAt,
    updatedAt: done ? b.stamp(done) : createdAt,
    createdById: kind === "MANUAL" ? state.member.coordinatorId : null,
    updatedById: done ? state.member.coordinatorId : null,
  });
}

function buildPlan(
  b: FileBuilder,
  trajectory: TrajectoryRow,
  firstContact: ISODate,
  windowEnd: ISODate,
): void {
  const { rng } = b;
  const author = trajectory.coordinatorId!;
  // The day the plan is drawn up (its first goal): the funnel's "active" stage starts there.
  if (rng.chance(PLAN.notWrittenShare)) return;
  const delay = rng.chance(PLAN.atFirstContactShare)
    ? 0
    : Math.round(clamp(rng.logNormal(PLAN.laterMedianDays, PLAN.laterShape), 1, PLAN.maxDays));
  const planned = addDays(firstContact, delay);
  if (planned > windowEnd) return; // ended, or not yet drawn up on the day of generation
  const planDay = workingDayNear(planned, windowEnd, firstContact);
  const goalCount = rng.int(1, 2);
  const goals: { id: string; created: ISODate }[] = [];
  for (let position = 0; position < goalCount; position++) {
    const created =
      position === 0 ? planDay : minDate(addDays(planDay, rng.int(0, PLAN.nextGoalMaxDays)), windowEnd);
    const input = b.parse(
      ZPlanGoalSchema,
      {
        trajectoryId: trajectory.id,
        description: b.pickText(PLAN_GOALS),
        targetDate: addDays(created, rng.int(60, 180)),
      },
      "plan goal",
    );
    const id = b.ids.next();
    goals.push({ id, created });
    const achieved = trajectory.outcome === "BACK_AT_WORK" && position === 0 ? trajectory.endDate : null;
    if (achieved) {
      b.parse(
        ZUpdatePlanGoalSchema,
        { goalId: id, version: 1, ...input, achievedDate: achieved },
        "plan goal achieved",
      );
    }
    const createdAt = b.stamp(created);
    b.rows.goals.push({
      id,
      trajectoryId: trajectory.id,
      description: input.description,
      targetDate: input.targetDate || null,
      achievedDate: achieved,
      position,
      version: achieved ? 2 : 1,
      createdAt,
      updatedAt: achieved ? b.stamp(achieved) : createdAt,
      createdById: author,
      updatedById: author,
    });
  }
  const actionCount = rng.int(1, 3);
  for (let i = 0; i < actionCount; i++) {
    // An action serves a goal written by then.
    const goal = rng.pick(goals);
    const created = minDate(addDays(goal.created, rng.int(0, 14)), windowEnd);
    const [description, actor] = rng.pick(PLAN_ACTIONS[b.language]);
    const due = addDays(created, rng.int(14, 90));
    const input = b.parse(
      ZPlanActionSchema,
      { trajectoryId: trajectory.id, goalId: goal.id, description, actor, dueDate: due },
      "plan action",
    );
    const id = b.ids.next();
    let done: ISODate | null = null;
    const doneCandidate = addDays(due, rng.int(-10, 10));
    if (rng.chance(0.7) && doneCandidate >= created && doneCandidate <= windowEnd) done = doneCandidate;
    if (done) {
      b.parse(
        ZUpdatePlanActionSchema,
        {
          actionId: id,
          version: 1,
          description: input.description,
          actor: input.actor,
          dueDate: input.dueDate,
          doneDate: done,
        },
        "plan action done",
      );
    }
    const createdAt = b.stamp(created);
    b.rows.actions.push({
      id,
      trajectoryId: trajectory.id,
      goalId: input.goalId || null,
      description: input.description,
      actor: input.actor || null,
      dueDate: input.dueDate || null,
      doneDate: done,
      version: done ? 2 : 1,
      createdAt,
      updatedAt: done ? b.stamp(done) : createdAt,
      createdById: author,
      updatedById: author,
    });
  }
}

/**
 * Work adjustments (seed 004): of the members back at work with an employer, 55 % asked for some; the
 * employer granted all, most, half, a minority or none of them (Fig 16), refusals with Fig 18's reasons.
 */
function buildAdjustments(
  b: FileBuilder,
  state: FileState,
  trajectory: TrajectoryRow,
  firstContact: ISODate,
  windowEnd: ISODate,
): void {
  const { rng } = b;
  const employer = state.member.employer;
  if (!employer) return;
  const pr = state.plan.progressiveReturn;
  const prReturn = pr && pr.startDate >= addDays(firstContact, -30) && pr.startDate <= addDays(windowEnd, 30);
  const resumed = trajectory.stopReason === "RESUMED_FULLY" || trajectory.stopReason === "RESUMED_PARTIALLY";
  if (!(prReturn || resumed) || !rng.chance(0.6)) return;
  const returnDate = minDate(prReturn && pr ? maxDate(pr.startDate, firstContact) : windowEnd, b.lastFact);
  const count = weighted<number>([
    [1, 55],
    [2, 32],
    [3, 13],
  ])(rng);
  const level = pickGrantLevel(rng);
  const statuses: AdjustmentStatus[] = [];
  for (let i = 0; i < count; i++) {
    switch (level) {
      case "ALL":
        statuses.push("GRANTED");
        break;
      case "MOST":
        statuses.push(
          i === 0 || count === 1
            ? count === 1 && rng.chance(0.2)
              ? "PARTIALLY_GRANTED"
              : "GRANTED"
            : i === count - 1
              ? "PARTIALLY_GRANTED"
              : "GRANTED",
        );
        break;
      case "HALF":
        statuses.push(
          count === 1 ? "PARTIALLY_GRANTED" : (["GRANTED", "REFUSED", "PARTIALLY_GRANTED"] as const)[i]!,
        );
        break;
      case "MINORITY":
        statuses.push(i === 0 ? (rng.chance(0.5) ? "PARTIALLY_GRANTED" : "REFUSED") : "REFUSED");
        break;
      default:
        statuses.push("REFUSED");
    }
  }
  for (const plannedStatus of statuses) {
    const requested = rng.dateBetween(firstContact, maxDate(firstContact, returnDate));
    ensureConsent(b, state, trajectory, "EMPLOYER", requested, firstContact);
    const type = pickAdjustmentType(rng);
    const request = b.parse(
      ZRequestAdjustmentSchema,
      {
        trajectoryId: trajectory.id,
        employerId: employer.id,
        type,
        description: b.pickText(ADJUSTMENT_DESCRIPTION[type]!),
        requestedDate: requested,
      },
      "work adjustment request",
    );
    const createdAt = b.stamp(requested);
    const row = {
      id: b.ids.next(),
      trajectoryId: trajectory.id,
      memberId: state.member.id,
      employerId: employer.id,
      type: request.type,
      description: request.description,
      requestedDate: requested,
      status: "REQUESTED" as AdjustmentStatus,
      decidedDate: null as ISODate | null,
      refusalReason: null as string | null,
      explanationGiven: null as boolean | null,
      motivatedReportDate: null as ISODate | null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
      createdById: state.member.coordinatorId,
      updatedById: state.member.coordinatorId,
    };
    b.rows.adjustments.push(row);
    const decided = addDays(requested, rng.int(5, 40));
    const status: AdjustmentStatus = rng.chance(0.03) ? "WITHDRAWN" : plannedStatus;
    if (status !== "WITHDRAWN" && decided > b.lastFact) continue;
    let refusalReason: ReturnType<typeof pickRefusalReason> | "" = "";
    let explanation: "yes" | "no" | "" = "";
    if (status === "REFUSED" || (status === "PARTIALLY_GRANTED" && rng.chance(0.5))) {
      refusalReason = pickRefusalReason(rng);
      explanation = refusalReason === "NO_EXPLANATION" ? "no" : rng.chance(0.85) ? "yes" : "no";
    }
    const motivated =
      status === "REFUSED" && explanation === "yes" && rng.chance(0.25)
        ? minDate(addDays(decided, rng.int(0, 20)), b.lastFact)
        : "";
    const decision = b.parse(
      ZDecideAdjustmentSchema,
      {
        adjustmentId: row.id,
        version: 1,
        status,
        decidedDate: status === "WITHDRAWN" ? "" : decided,
        refusalReason,
        explanationGiven: explanation,
        motivatedReportDate: motivated,
      },
      "work adjustment decision",
    );
    row.status = decision.status;
    row.decidedDate = decision.decidedDate || null;
    row.refusalReason = decision.refusalReason || null;
    row.explanationGiven = decision.explanationGiven === "" ? null : decision.explanationGiven === "yes";
    row.motivatedReportDate = decision.motivatedReportDate || null;
    row.version = 2;
    row.updatedAt = b.stamp(minDate(decided, b.lastFact));
  }
}
