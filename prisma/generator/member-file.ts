// One member file, built the way users would have built it: the member (intake form), the incapacity
// periods (a physician registers them with the diagnosis; V4 decides relapses), the week-10 questionnaire
// (V7), the physician's assessments (V8), a trajectory for some, authorised activities, and finally the
// deadline engine's output for the whole file (lib/deadlines/rules.ts), stored 1:1 in the Deadline table.
import { ZAssessCapacitySchema } from "@/lib/capacity/schemas";
import { addDays, addMonths, diffDays, maxDate, minDate, type ISODate } from "@/lib/dates";
import { computeDeadlines, REGIME_RULES, type MemberFile } from "@/lib/deadlines/rules";
import { classifyRelapse, questionnaireDueDate, regimeOf } from "@/lib/incapacity/rules";
import {
  ZEndPeriodSchema,
  ZQuestionnaireSentSchema,
  ZQuestionnaireUpdateSchema,
  ZRegisterPeriodSchema,
} from "@/lib/incapacity/schemas";
import { normaliseInsz, searchNameOf } from "@/lib/members/rules";
import { ZCreateMemberSchema } from "@/lib/members/schemas";
import { buildActivities } from "@/prisma/generator/activities";
import { FileBuilder, GeneratorError, workingDayNear, type BuildContext } from "@/prisma/generator/builder";
import { birthDateFits, planIncapacity, type IncapacityPlan } from "@/prisma/generator/incapacity-plan";
import {
  intoEpisode,
  periodOn,
  type Episode,
  type FileState,
  type MemberInfo,
} from "@/prisma/generator/member-info";
import {
  QUESTIONNAIRE_HELP_SHARE,
  QUESTIONNAIRE_RETURNED_SHARE,
  pickFirstCategory,
  pickReferenceHours,
  pickRegion,
  pickSector,
  pickSex,
  pickStatute,
} from "@/prisma/generator/model";
import { FIRST_NAMES, LAST_NAMES, asciiLower } from "@/prisma/generator/names";
import {
  PLACES,
  STREETS,
  municipalityName,
  type DemoLanguage,
  type DemoRegion,
} from "@/prisma/generator/places";
import { Rng, hashInts, weighted } from "@/prisma/generator/random";
import { emptyMemberFileRows, type MemberFileRows, type PeriodRow } from "@/prisma/generator/rows";
import {
  CERTIFICATE,
  LIMITATIONS,
  MEDICAL_NOTES,
  limitationProfileOf,
  type DiagnosisGroup,
} from "@/prisma/generator/texts";
import {
  addQuestionnaireHelpContact,
  addTask,
  buildTrajectory,
  planTrajectory,
} from "@/prisma/generator/trajectory";

const placePickers = Object.fromEntries(
  (Object.keys(PLACES) as DemoRegion[]).map((region) => [
    region,
    weighted(PLACES[region].map((place) => [place, place.weight] as const)),
  ]),
) as Record<DemoRegion, ReturnType<typeof weighted<(typeof PLACES)[DemoRegion][number]>>>;

function languageOf(region: DemoRegion, rng: Rng): DemoLanguage {
  switch (region) {
    case "FLANDERS":
      return "nl";
    case "WALLONIA":
      return "fr";
    case "BRUSSELS":
      return rng.chance(0.78) ? "fr" : "nl";
    default:
      return rng.chance(0.85) ? "de" : "fr";
  }
}

/** How far a birth date may move when its INSZ serials are all taken. */
const MAX_BIRTH_DATE_SHIFT = 400;

/**
 * An INSZ not used yet: odd serial for men, even for women (as the register assigns them). A birth day has
 * about 500 serials per sex; when they are all taken (a million members), the birth date moves to the nearest
 * day that fits the member's file just as well (birthDateFits).
 */
function uniqueInsz(
  context: BuildContext,
  rng: Rng,
  plan: IncapacityPlan,
  sex: string,
): { insz: string; birthDate: ISODate } {
  const start = rng.int(1, 996);
  for (let shift = 0; shift <= MAX_BIRTH_DATE_SHIFT; shift++) {
    const dates = shift
      ? [addDays(plan.birthDate, shift), addDays(plan.birthDate, -shift)]
      : [plan.birthDate];
    for (const birthDate of dates) {
      if (shift && !birthDateFits(plan, birthDate)) continue;
      const insz = context.usedInsz.take(birthDate, sex, start);
      if (!insz) continue;
      if (shift) context.movedBirthDates = (context.movedBirthDates ?? 0) + 1;
      return { insz, birthDate };
    }
  }
  throw new GeneratorError(
    `no free INSZ serial left for birth date ${plan.birthDate} nor for any date within ` +
      `${MAX_BIRTH_DATE_SHIFT} days that fits the member's file`,
  );
}

function houseNumber(rng: Rng, language: DemoLanguage): string {
  const box = { nl: "bus", fr: "boîte", de: "Bfk." }[language];
  return `${rng.int(1, 180)}${rng.chance(0.1) ? ` ${box} ${rng.int(1, 12)}` : ""}`;
}

function declarationDelay(rng: Rng, statute: string, workType: string | null): number {
  // V24: bediende 28 days, arbeider 14, unemployed 2, self-employed 14; a few declare late.
  const allowed =
    statute === "UNEMPLOYED" ? 2 : statute === "SELF_EMPLOYED" || workType === "MANUAL" ? 14 : 28;
  return rng.chance(0.06) ? allowed + rng.int(1, 30) : rng.int(0, allowed);
}

export function buildMemberFile(context: BuildContext, index: number): MemberFileRows {
  const rng = new Rng(hashInts(context.seed, index, 0x5eed));
  const region = pickRegion(rng);
  const language = languageOf(region, rng);
  const rowsWithoutMember = emptyMemberFileRows();
  const rows = rowsWithoutMember as MemberFileRows;
  const b = new FileBuilder(context, index, language, rows, rng);
  // A coordinator of the region; the member belongs to their team and to that team's advising physician.
  const staff = context.teams[region];
  const coordinator = rng.pick(staff.coordinators);
  const team = coordinator.team;
  const coordinatorId = coordinator.id;
  const physicianId = rng.pick(team.physicians.length ? team.physicians : staff.physicians);

  // --- Identity --------------------------------------------------------------------------------------
  const sex = pickSex(rng);
  const nameSex = sex === "X" ? (rng.chance(0.5) ? "F" : "M") : sex;
  const stock = rng.chance(region === "BRUSSELS" ? 0.25 : 0.05) ? "other" : language;
  const firstName = rng.pick(FIRST_NAMES[stock][nameSex]);
  const lastName = rng.pick(LAST_NAMES[stock]);
  const place = placePickers[region](rng);
  const statute = pickStatute(rng);
  const isEmployee = statute === "EMPLOYEE";
  const employerPool = context.employers[region];
  const employer =
    isEmployee && employerPool.length && rng.chance(0.97)
      ? employerPool[Math.floor(employerPool.length * rng.next() ** 2.2)]!
      : null;
  const workType = statute === "UNEMPLOYED" ? null : rng.chance(0.53) ? "MANUAL" : "INTELLECTUAL";
  const referenceWeeklyHours = isEmployee ? pickReferenceHours(rng) : 38;
  const plan: IncapacityPlan = planIncapacity(rng, context.today, sex, context.profile);
  const { insz, birthDate } = uniqueInsz(context, rng, plan, sex);
  plan.birthDate = birthDate;
  const email = rng.chance(0.65)
    ? `${asciiLower(firstName)}.${asciiLower(lastName)}${rng.chance(0.4) ? rng.int(1, 99) : ""}@example.com`
    : "";
  const phone = rng.chance(0.9)
    ? `+32 4${rng.int(60, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`
    : "";
  const memberInput = b.parse(
    ZCreateMemberSchema,
    {
      insz,
      externalId: `${context.externalIdPrefix}${String(index + 1).padStart(7, "0")}`,
      firstName,
      lastName,
      birthDate,
      sex,
      language,
      region,
      postalCode: place.postalCode,
      municipality: municipalityName(place, language),
      address: `${rng.pick(STREETS[language])} ${houseNumber(rng, language)}`,
      phone,
      email,
      statute,
      workType: workType ?? "",
      workRegime: isEmployee
        ? rng.chance(0.6)
          ? "FULL_TIME"
          : "PART_TIME"
        : statute === "SELF_EMPLOYED"
          ? "FULL_TIME"
          : "",
      referenceWeeklyHours,
      sector: employer?.sector ?? (statute === "SELF_EMPLOYED" || rng.chance(0.5) ? pickSector(rng) : ""),
      employerId: employer?.id ?? "",
      coordinatorId,
      confirmNotDuplicate: false,
    },
    "member",
  );
  const memberId = b.ids.next();
  const member: MemberInfo = {
    id: memberId,
    region,
    sex,
    statute,
    workType,
    employer,
    referenceWeeklyHours,
    lastName,
    coordinatorId,
    physicianId,
  };

  // --- Incapacity periods ------------------------------------------------------------------------------
  for (const [i, planned] of plan.periods.entries()) {
    const previous = rows.periods[i - 1] ?? null;
    const declarationDate = minDate(
      addDays(planned.startDate, declarationDelay(rng, statute, workType)),
      b.lastFact,
    );
    const diagnosisGroup = planned.diagnosis;
    const input = b.parse(
      ZRegisterPeriodSchema,
      {
        memberId,
        startDate: planned.startDate,
        endDate: "",
        endReason: "",
        declarationDate,
        continuePrevious: planned.continuesPrevious && previous !== null,
        diagnosisGroup,
        certificateContent: b.pickText(CERTIFICATE[diagnosisGroup]),
      },
      "incapacity period",
    );
    let relapseOfId: string | null = null;
    if (previous) {
      // V4: the same rule the registration form applies decides whether this continues the previous period.
      const root = rows.periods.find((period) => period.id === (previous.relapseOfId ?? previous.id))!;
      const verdict = classifyRelapse(previous, planned.startDate, root.startDate);
      b.check(
        verdict.isContinuation === planned.continuesPrevious,
        "relapse plan disagrees with V4",
        verdict,
      );
      if (verdict.isContinuation && input.continuePrevious) relapseOfId = previous.id;
    }
    const periodCreatedAt = b.stamp(declarationDate);
    const period: PeriodRow = {
      id: b.ids.next(),
      memberId,
      startDate: input.startDate,
      endDate: null,
      endReason: null,
      diagnosisGroup: input.diagnosisGroup || null,
      certificateContent: input.certificateContent || null,
      declarationDate: input.declarationDate || null,
      relapseOfId,
      version: 1,
      createdAt: periodCreatedAt,
      updatedAt: periodCreatedAt,
      createdById: physicianId,
      updatedById: physicianId,
    };
    if (planned.endDate && planned.endReason) {
      const end = b.parse(
        ZEndPeriodSchema,
        {
          periodId: period.id,
          version: 1,
          startDate: period.startDate,
          endDate: planned.endDate,
          endReason: planned.endReason,
        },
        "end of incapacity period",
      );
      period.endDate = end.endDate;
      period.endReason = end.endReason;
      period.version = 2;
      period.updatedAt = b.stamp(
        maxDate(declarationDate, minDate(addDays(end.endDate, rng.int(1, 7)), b.lastFact)),
      );
      period.updatedById = coordinatorId;
    }
    rows.periods.push(period);
  }
  const main = rows.periods[rows.periods.length - 1]!;
  // The member was registered just before their first period.
  const createdAt = new Date(rows.periods[0]!.createdAt.getTime() - rng.int(5, 60) * 60_000);
  rows.member = {
    id: memberId,
    insz: normaliseInsz(memberInput.insz),
    externalId: memberInput.externalId || null,
    firstName: memberInput.firstName,
    lastName: memberInput.lastName,
    searchName: searchNameOf(memberInput.firstName, memberInput.lastName),
    birthDate: memberInput.birthDate,
    sex: memberInput.sex,
    language: memberInput.language,
    region: memberInput.region,
    postalCode: memberInput.postalCode,
    municipality: memberInput.municipality || null,
    address: memberInput.address || null,
    phone: memberInput.phone || null,
    email: memberInput.email || null,
    statute: memberInput.statute,
    workType: memberInput.workType || null,
    workRegime: memberInput.workRegime || null,
    referenceWeeklyHours: memberInput.referenceWeeklyHours ?? null,
    sector: memberInput.sector || null,
    employerId: memberInput.employerId || null,
    teamId: team.teamId,
    coordinatorId: memberInput.coordinatorId || null,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    createdById: coordinatorId,
    updatedById: coordinatorId,
  };
  const episodePeriods = plan.isRelapse ? rows.periods.slice(-2) : [main];
  const episode: Episode = { root: episodePeriods[0]!, periods: episodePeriods, main, end: main.endDate };
  const state: FileState = { member, plan, episode, consents: [] };

  buildQuestionnaire(b, state);
  const trajectoryPlan = planTrajectory(b, state);
  buildAssessments(b, state, trajectoryPlan?.assessmentDate ?? null, trajectoryPlan?.goAheadDate ?? null);
  const trajectory = trajectoryPlan ? buildTrajectory(b, state, trajectoryPlan) : null;
  if (trajectory) {
    // A contact logged while a trajectory is open joins it (lib/contacts/mutations.ts).
    for (const contact of rows.contacts) {
      const day = contact.occurredAt.toISOString().slice(0, 10);
      const isOpen = trajectory.referredDate <= day && (!trajectory.endDate || day < trajectory.endDate);
      if (!contact.trajectoryId && isOpen) contact.trajectoryId = trajectory.id;
    }
  }
  buildActivities(b, state, trajectory);
  buildHistory(b, state);

  // --- Deadlines: the engine's output for the file, 1:1 -----------------------------------------------------
  for (const deadline of computeDeadlines(memberFileOf(rows))) {
    rows.deadlines.push({ id: b.ids.next(), memberId, ...deadline });
  }
  return rows;
}

/** The deadline engine's view of a file (the same shape the app's queries give it). */
export function memberFileOf(rows: MemberFileRows): MemberFile {
  return {
    statute: rows.member.statute,
    periods: rows.periods.map(({ id, startDate, endDate, relapseOfId, declarationDate }) => ({
      id,
      startDate,
      endDate,
      relapseOfId,
      declarationDate,
    })),
    questionnaires: rows.questionnaires.map(
      ({ periodId, sentDate, dueDate, returnedDate, helpOfferedDate }) => ({
        periodId,
        sentDate,
        dueDate,
        returnedDate,
        helpOfferedDate,
      }),
    ),
    assessments: rows.assessments.map(({ periodId, assessedDate }) => ({ periodId, assessedDate })),
    trajectories: rows.trajectories.map((t) => ({
      id: t.id,
      periodId: t.periodId,
      status: t.status,
      initiative: t.initiative,
      goAheadDate: t.goAheadDate,
      referredDate: t.referredDate,
      firstContactDate: t.firstContactDate,
      endDate: t.endDate,
    })),
    referrals: rows.referrals.map(({ id, sentDate, expectedResponseDate, responseDate, status }) => ({
      id,
      sentDate,
      expectedResponseDate,
      responseDate,
      status,
    })),
    activities: rows.activities.map((activity) => ({
      id: activity.id,
      periodId: activity.periodId,
      startDate: activity.startDate,
      status: activity.status,
      endDate: activity.endDate,
      decisions: rows.decisions
        .filter((decision) => decision.activityId === activity.id)
        .map(({ kind, decisionDate, validUntil, nextReviewDate }) => ({
          kind,
          decisionDate,
          validUntil,
          nextReviewDate,
        })),
    })),
  };
}

/** Shortest earlier incapacity that reaches week 10 and so gets a questionnaire (V7) and maybe assessments. */
const HISTORY_FOLLOW_UP_DAYS = 60;

/**
 * The earlier, separate incapacities of a profile with a history (model.ts, PROFILES): those that lasted into
 * week 10 got their questionnaire, and from month 4 the physician's assessments, as the current one does.
 */
function buildHistory(b: FileBuilder, state: FileState): void {
  const current = new Set(state.episode.periods);
  for (const period of b.rows.periods) {
    if (current.has(period) || !period.endDate) continue;
    if (diffDays(period.startDate, period.endDate) + 1 < HISTORY_FOLLOW_UP_DAYS) continue;
    const episode: Episode = { root: period, periods: [period], main: period, end: period.endDate };
    const earlier: FileState = {
      member: state.member,
      plan: { ...state.plan, progressiveReturn: null },
      episode,
      consents: [],
    };
    buildQuestionnaire(b, earlier);
    buildAssessments(b, earlier, null, null);
  }
}

/** V7: the questionnaire in week 10, due 14 days later; help offered when it does not come back. */
function buildQuestionnaire(b: FileBuilder, state: FileState): void {
  const { rng } = b;
  const { episode, member } = state;
  const root = episode.root;
  const regime = regimeOf(root.startDate);
  const hasTnw =
    REGIME_RULES[regime].hasTnw && !(member.statute === "SELF_EMPLOYED" && root.startDate < "2023-01-01");
  if (!hasTnw) return;
  // Week 10: most on the due day (start + 63) or just before, some later in the week, a few late.
  const roll = rng.next();
  const delay = roll < 0.6 ? 0 : roll < 0.75 ? -rng.int(1, 2) : roll < 0.95 ? rng.int(1, 7) : rng.int(8, 20);
  const planned = intoEpisode(
    episode,
    addDays(root.startDate, REGIME_RULES[regime].questionnaireDays + delay),
  );
  if (!planned || planned > b.lastFact || (episode.end && planned > episode.end)) return;
  const sent = planned;
  const period = periodOn(episode, sent)!;
  b.parse(ZQuestionnaireSentSchema, { periodId: period.id, sentDate: sent }, "questionnaire");
  const due = questionnaireDueDate(sent);
  const id = b.ids.next();
  const last = minDate(episode.end ?? b.lastFact, b.lastFact);
  // About 60 % come back: most within the 14 days, some late, often after the coordinator offered help.
  let returned: ISODate | null = null;
  const comesBack = rng.chance(QUESTIONNAIRE_RETURNED_SHARE);
  const returnedOnTime = comesBack && rng.chance(0.65);
  if (returnedOnTime) returned = addDays(sent, rng.int(2, 13));
  let help: ISODate | null = null;
  if (!returnedOnTime && addDays(due, 1) <= last && rng.chance(QUESTIONNAIRE_HELP_SHARE)) {
    help = workingDayNear(addDays(due, rng.int(1, 10)), last, addDays(due, 1));
    if (help > last || help <= due) help = null;
  }
  if (comesBack && !returnedOnTime) returned = addDays(help ?? due, rng.int(2, 30));
  if (returned && returned > last) returned = null;
  const input = b.parse(
    ZQuestionnaireUpdateSchema,
    { questionnaireId: id, version: 1, returnedDate: returned ?? "", helpOfferedDate: help ?? "" },
    "questionnaire update",
  );
  const createdAt = b.stamp(sent);
  const changed = returned ?? help;
  // The physician reads most returned questionnaires within three weeks.
  const readOn = returned ? addDays(returned, rng.int(1, 21)) : null;
  const isRead = readOn !== null && readOn <= b.lastFact && rng.chance(0.9);
  b.rows.questionnaires.push({
    id,
    periodId: period.id,
    sentDate: sent,
    dueDate: due,
    returnedDate: input.returnedDate || null,
    helpOfferedDate: input.helpOfferedDate || null,
    version: changed ? 2 : 1,
    createdAt,
    updatedAt: changed ? b.stamp(changed) : createdAt,
    createdById: member.physicianId,
    updatedById: changed ? member.coordinatorId : member.physicianId,
    physicianReadAt: isRead ? b.stamp(readOn) : null,
    physicianReadById: isRead ? member.physicianId : null,
  });
  // Not back by the due date: the coordinator's task "help fill in" (V7), done with the phone call, by the
  // questionnaire's return, or when the incapacity ends.
  if (help) addQuestionnaireHelpContact(b, state, help);
  if (!returnedOnTime && addDays(due, 1) <= b.lastFact) {
    const done =
      help ?? returned ?? (episode.end ? minDate(maxDate(episode.end, addDays(due, 1)), b.lastFact) : null);
    addTask(b, state, "QUESTIONNAIRE_HELP", addDays(due, 1), addDays(due, 7), done);
  }
}

const NEXT_CATEGORY: Record<number, ReturnType<typeof weighted<1 | 2 | 3 | 4>>> = {
  1: weighted([
    [1, 30],
    [3, 60],
    [4, 10],
  ]),
  2: weighted([
    [2, 75],
    [3, 20],
    [4, 5],
  ]),
  3: weighted([
    [3, 65],
    [2, 15],
    [4, 15],
    [1, 5],
  ]),
  4: weighted([
    [4, 60],
    [3, 35],
    [2, 5],
  ]),
};

function reviewMonths(category: number, rng: Rng): number {
  if (category === 1) return rng.int(2, 3);
  if (category === 2) return 12;
  if (category === 3) return rng.int(6, 12);
  return 6;
}

/**
 * V8: the first residual-capacity assessment around month 4 (2 months after the declaration before 2022),
 * reviews after it; a category-4 assessment hands the member to a coordinator when the trajectory plan says
 * so (the physician's go-ahead, V9), and usually precedes a progressive return.
 */
function buildAssessments(
  b: FileBuilder,
  state: FileState,
  goAheadAssessment: ISODate | null,
  goAheadDate: ISODate | null,
): void {
  const { rng } = b;
  const { episode, member, plan } = state;
  const root = episode.root;
  const regime = regimeOf(root.startDate);
  const rule = REGIME_RULES[regime].firstCategory;
  const firstDue =
    "days" in rule
      ? addDays(root.startDate, rule.days)
      : addMonths(root.declarationDate ?? root.startDate, rule.monthsAfterDeclaration);
  const last = minDate(episode.end ?? b.lastFact, b.lastFact);
  const roll = rng.next();
  const offset = roll < 0.7 ? -rng.int(0, 35) : roll < 0.92 ? rng.int(1, 40) : rng.int(41, 200);
  const planned: { date: ISODate; category: number; goAhead: boolean }[] = [];
  let date = intoEpisode(episode, maxDate(addDays(firstDue, offset), addDays(root.startDate, 14)));
  let category: number = pickFirstCategory(rng);
  // Reviews follow one another for as long as the incapacity lasts, so that a long open incapacity is not left
  // with a review planned years ago; of a long chain, the first assessment and the three latest are kept.
  while (date && date <= last && planned.length < 60) {
    planned.push({ date, category, goAhead: false });
    const next = addDays(addMonths(date, reviewMonths(category, rng)), rng.int(-10, 60));
    date = intoEpisode(episode, next);
    category = NEXT_CATEGORY[category]!(rng);
  }
  if (planned.length > 4) planned.splice(1, planned.length - 4);
  if (goAheadAssessment) {
    const kept = planned.filter(
      (a) => a.date < addDays(goAheadAssessment, -45) || a.date > addDays(goAheadAssessment, 90),
    );
    kept.push({ date: goAheadAssessment, category: 4, goAhead: true });
    planned.splice(0, planned.length, ...kept.sort((a, c) => (a.date < c.date ? -1 : 1)));
  }
  const pr = plan.progressiveReturn;
  if (pr && rng.chance(0.7)) {
    const before = planned.filter((a) => a.date < pr.startDate);
    if (before.length) before[before.length - 1]!.category = 4;
  }
  const profile = limitationProfileOf(episode.main.diagnosisGroup as DiagnosisGroup);
  for (const assessment of planned) {
    const period = periodOn(episode, assessment.date)!;
    const nextReview = addMonths(assessment.date, reviewMonths(assessment.category, rng));
    const input = b.parse(
      ZAssessCapacitySchema,
      {
        periodId: period.id,
        category: assessment.category,
        assessedDate: assessment.date,
        functionalLimitations: b.pickText(LIMITATIONS[profile]),
        medicalNotes: b.pickText(MEDICAL_NOTES),
        nextReviewDate: nextReview,
        referToCoordinator: assessment.goAhead,
        goAheadDate: assessment.goAhead ? (goAheadDate ?? "") : "",
        coordinatorId: assessment.goAhead ? member.coordinatorId : "",
      },
      "capacity assessment",
    );
    const createdAt = b.stamp(assessment.date);
    b.rows.assessments.push({
      id: b.ids.next(),
      periodId: period.id,
      memberId: member.id,
      category: input.category,
      assessedDate: input.assessedDate,
      functionalLimitations: input.functionalLimitations,
      medicalNotes: input.medicalNotes || null,
      nextReviewDate: input.nextReviewDate || null,
      physicianId: member.physicianId,
      version: 1,
      createdAt,
      updatedAt: createdAt,
      createdById: member.physicianId,
      updatedById: member.physicianId,
    });
  }
}
