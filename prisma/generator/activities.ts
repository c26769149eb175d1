// Authorised activities (progressive return, art. 100 §2): the member's request filed by the coordinator,
// the physician's decisions (first grant, six-monthly reviews, renewal) checked by checkDecision, the end.
// A grant lasts at most two years (V18) and is renewed within that; a longer progressive return continues
// under a new request, as does a change of hours (V16). Some requests are refused or withdrawn and never count
// as a return. (A review after a renewal beyond start + 2 years is refused by checkDecision, see the report.)
import { lastWorkingDayBefore } from "@/lib/calendar/rules";
import {
  ZDecideActivitySchema,
  ZEndActivitySchema,
  ZRequestActivitySchema,
  ZWithdrawActivitySchema,
} from "@/lib/activities/schemas";
import {
  checkDecision,
  decisionDueDate,
  latestValidUntil,
  needsPriorDecision,
  type DecisionInput,
} from "@/lib/activities/rules";
import { addDays, addMonths, addYears, diffDays, maxDate, minDate, type ISODate } from "@/lib/dates";
import type { ActivityEndReason } from "@/lib/generated/prisma/enums";
import type { FileBuilder } from "@/prisma/generator/builder";
import type { FileState } from "@/prisma/generator/member-info";
import { clamp } from "@/prisma/generator/random";
import type { ActivityRow, TrajectoryRow } from "@/prisma/generator/rows";
import { ACTIVITY_CONDITIONS, ACTIVITY_REFUSAL, NATURE_OF_WORK } from "@/prisma/generator/texts";

function roundHalfHour(hours: number): number {
  return Math.round(hours * 2) / 2;
}

interface Segment {
  start: ISODate;
  /** Null while it runs. */
  end: ISODate | null;
  fraction: number;
}

/** Longest stretch one request covers before a new one is filed. */
const MAX_SEGMENT_DAYS = 660;

/** The requests of one progressive return: a new one after a change of hours (V16) or after ~2 years. */
function segmentsOf(b: FileBuilder, start: ISODate, end: ISODate | null, volume: number): Segment[] {
  const segments: Segment[] = [];
  const last = end ?? b.today;
  const changeAfter = b.rng.chance(0.12) ? b.rng.int(60, 300) : null;
  let cursor = start;
  let fraction = volume;
  for (;;) {
    const length = changeAfter !== null && cursor === start ? changeAfter : MAX_SEGMENT_DAYS;
    const segmentEnd = addDays(cursor, length - 1);
    if (diffDays(segmentEnd, last) < 30) {
      segments.push({ start: cursor, end, fraction });
      return segments;
    }
    segments.push({ start: cursor, end: segmentEnd, fraction });
    cursor = addDays(segmentEnd, 1);
    fraction = clamp(fraction + b.rng.int(-5, 20), 10, 90);
  }
}

/** The trajectory open on `date`: a request filed then joins it (lib/activities/mutations.ts). */
function trajectoryOpenOn(trajectory: TrajectoryRow | null, date: ISODate): string | null {
  if (!trajectory || trajectory.referredDate > date) return null;
  return trajectory.endDate && trajectory.endDate <= date ? null : trajectory.id;
}

/** The member's request, as the coordinator files it. */
function requestActivity(
  b: FileBuilder,
  state: FileState,
  periodId: string,
  trajectory: TrajectoryRow | null,
  start: ISODate,
  received: ISODate,
  fraction: number,
): ActivityRow {
  const { member } = state;
  const reference = member.referenceWeeklyHours;
  const requested = clamp(roundHalfHour((fraction / 100) * reference), 1, reference - 0.5);
  const nature = member.statute === "SELF_EMPLOYED" ? "SELF_EMPLOYED" : (member.workType ?? "INTELLECTUAL");
  const input = b.parse(
    ZRequestActivitySchema,
    {
      memberId: member.id,
      trajectoryId: trajectoryOpenOn(trajectory, received) ?? "",
      employerId: member.employer?.id ?? "",
      requestReceivedDate: received,
      startDate: start,
      natureOfWork: b.pickText(NATURE_OF_WORK[nature]),
      requestedWeeklyHours: requested,
      referenceWeeklyHours: reference,
      employerCoSigned: member.employer !== null && b.rng.chance(0.95),
    },
    "authorised-activity request",
  );
  const createdAt = b.stamp(received);
  const row: ActivityRow = {
    id: b.ids.next(),
    memberId: member.id,
    periodId,
    trajectoryId: input.trajectoryId || null,
    employerId: input.employerId || null,
    requestReceivedDate: input.requestReceivedDate,
    startDate: input.startDate,
    natureOfWork: input.natureOfWork,
    requestedWeeklyHours: input.requestedWeeklyHours,
    authorisedWeeklyHours: null,
    referenceWeeklyHours: input.referenceWeeklyHours,
    employerCoSigned: input.employerCoSigned,
    status: "PENDING",
    decisionDate: null,
    deciderId: null,
    conditions: null,
    validUntil: null,
    nextReviewDate: null,
    refusalReason: null,
    endDate: null,
    endReason: null,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    createdById: member.coordinatorId,
    updatedById: member.coordinatorId,
  };
  b.rows.activities.push(row);
  return row;
}

/**
 * A physician's decision, checked by the same rule the decision form uses (checkDecision); the activity shows
 * the latest decision, a review keeps the hours, conditions and validity it does not change.
 */
function decide(
  b: FileBuilder,
  state: FileState,
  activity: ActivityRow,
  input: DecisionInput & { conditions?: string },
) {
  b.parse(
    ZDecideActivitySchema,
    {
      activityId: activity.id,
      version: activity.version,
      kind: input.kind,
      decisionDate: input.decisionDate,
      authorisedWeeklyHours: input.authorisedWeeklyHours ?? undefined,
      conditions: input.conditions ?? "",
      validUntil: input.validUntil ?? "",
      nextReviewDate: input.nextReviewDate ?? "",
      refusalReason: input.refusalReason ?? "",
    },
    `authorised-activity decision ${input.kind}`,
  );
  // As decideActivity does: DECISION_RULES says which fields each kind takes; a review takes no hours or validity.
  const errors = checkDecision(
    {
      startDate: activity.startDate,
      requestReceivedDate: activity.requestReceivedDate,
      requestedWeeklyHours: activity.requestedWeeklyHours,
      referenceWeeklyHours: activity.referenceWeeklyHours,
      statute: state.member.statute,
    },
    input,
    b.today,
  );
  b.check(Object.keys(errors).length === 0, `authorised-activity decision ${input.kind} refused`, {
    errors,
    input,
  });
  const createdAt = b.stamp(input.decisionDate);
  const isRefusal = input.kind === "REFUSED";
  const latest = {
    authorisedWeeklyHours: isRefusal ? null : (input.authorisedWeeklyHours ?? activity.authorisedWeeklyHours),
    conditions: isRefusal
      ? null
      : input.conditions || (input.kind === "REVIEWED" ? activity.conditions : null),
    validUntil: isRefusal ? null : (input.validUntil ?? activity.validUntil),
    nextReviewDate: isRefusal ? null : (input.nextReviewDate ?? null),
    refusalReason: isRefusal ? (input.refusalReason ?? null) : null,
  };
  b.rows.decisions.push({
    id: b.ids.next(),
    activityId: activity.id,
    kind: input.kind,
    decisionDate: input.decisionDate,
    physicianId: state.member.physicianId,
    ...latest,
    createdAt,
  });
  Object.assign(activity, latest);
  activity.status = isRefusal ? "REFUSED" : "AUTHORISED";
  activity.decisionDate = input.decisionDate;
  activity.deciderId = state.member.physicianId;
  activity.version++;
  activity.updatedAt = createdAt;
  activity.updatedById = state.member.physicianId;
}

function receivedDateFor(
  b: FileBuilder,
  state: FileState,
  start: ISODate,
  periodStart: ISODate,
  last: ISODate,
): ISODate {
  const { rng } = b;
  if (needsPriorDecision(state.member.statute)) return maxDate(periodStart, addDays(start, -rng.int(20, 45)));
  const onTimeUntil = lastWorkingDayBefore(start);
  const roll = rng.next();
  // V13: most requests arrive in time, some within 14 days after the start, a few later.
  if (roll < 0.8 || onTimeUntil < periodStart) {
    return onTimeUntil < periodStart
      ? periodStart
      : rng.dateBetween(maxDate(periodStart, addDays(start, -25)), onTimeUntil);
  }
  const late = roll < 0.94 ? addDays(start, rng.int(1, 14)) : addDays(start, rng.int(15, 45));
  return minDate(late, last);
}

export function buildActivities(b: FileBuilder, state: FileState, trajectory: TrajectoryRow | null): void {
  const { rng } = b;
  const { episode, plan, member } = state;
  const main = episode.main;
  const pr = plan.progressiveReturn;
  const lastFact = b.lastFact;

  if (!pr) {
    // A refused or withdrawn request (never a progressive return).
    const last = minDate(main.endDate ?? lastFact, lastFact);
    if (diffDays(main.startDate, last) < 150 || !rng.chance(0.04)) return;
    const start = addDays(main.startDate, rng.int(60, diffDays(main.startDate, last) - 40));
    const received = receivedDateFor(b, state, start, main.startDate, start);
    const activity = requestActivity(
      b,
      state,
      main.id,
      trajectory,
      start,
      received,
      clamp(45 + 12 * rng.normal(), 15, 85),
    );
    if (rng.chance(0.2)) {
      b.parse(
        ZWithdrawActivitySchema,
        { activityId: activity.id, version: activity.version },
        "request withdrawal",
      );
      activity.status = "WITHDRAWN";
      activity.version++;
      activity.updatedAt = b.stamp(addDays(received, rng.int(1, 10)));
      return;
    }
    const decision = minDate(addDays(received, rng.int(5, 30)), lastFact);
    decide(b, state, activity, {
      kind: "REFUSED",
      decisionDate: needsPriorDecision(member.statute) ? minDate(decision, start) : decision,
      refusalReason: b.pickText(ACTIVITY_REFUSAL),
    });
    return;
  }

  const segments = segmentsOf(b, pr.startDate, pr.endDate, pr.volume);
  segments.forEach((segment, index) => {
    const isLast = index === segments.length - 1;
    const horizon = minDate(segment.end ?? lastFact, lastFact);
    const received = receivedDateFor(b, state, segment.start, main.startDate, horizon);
    const activity = requestActivity(
      b,
      state,
      main.id,
      trajectory,
      segment.start,
      received,
      segment.fraction,
    );

    // First decision: before the start for the self-employed (V20), otherwise mostly within 30 working days
    // of the start (V14).
    let first: ISODate;
    if (needsPriorDecision(member.statute)) {
      first = received < segment.start ? rng.dateBetween(addDays(received, 1), segment.start) : received;
    } else if (rng.chance(0.88)) {
      first = rng.dateBetween(
        addDays(received, 1),
        maxDate(addDays(received, 1), decisionDueDate(segment.start)),
      );
    } else first = addDays(maxDate(received, decisionDueDate(segment.start)), rng.int(1, 30));
    if (segment.end) first = minDate(first, maxDate(received, segment.end));
    if (first > lastFact) return; // still waiting for the physician
    const requested = activity.requestedWeeklyHours;
    const fewer = rng.chance(0.08) && requested >= 4;
    const hours = fewer ? Math.max(0.5, roundHalfHour(requested * (0.65 + 0.15 * rng.next()))) : requested;
    const latest = latestValidUntil(segment.start);
    let validUntil = rng.chance(0.5) ? addDays(addYears(segment.start, 1), -1) : addDays(latest, -1);
    if (validUntil < first) validUntil = latest;
    const conditions = b.pickText(ACTIVITY_CONDITIONS);
    decide(b, state, activity, {
      kind: fewer && hours < requested ? "AUTHORISED_FEWER_HOURS" : "AUTHORISED",
      decisionDate: first,
      authorisedWeeklyHours: hours,
      validUntil,
      nextReviewDate: addMonths(first, rng.int(3, 6)),
      conditions,
    });

    // Reviews at least every six months (V18), a renewal when the grant runs out before the activity does.
    for (let count = 0; count < 30; count++) {
      const due = activity.nextReviewDate!;
      let date = rng.chance(0.85) ? addDays(due, -rng.int(0, 20)) : addDays(due, rng.int(1, 60));
      date = maxDate(date, addDays(activity.decisionDate!, 1));
      if (date > horizon || rng.chance(0.03)) break;
      const current = activity.validUntil!;
      const activityLast = segment.end ?? addDays(lastFact, 60);
      const renew = current < activityLast && date >= addDays(current, -90);
      if (!renew && date > current) break; // expired without renewal; the deadline shows it
      decide(b, state, activity, {
        kind: renew ? "RENEWED" : "REVIEWED",
        decisionDate: date,
        authorisedWeeklyHours: renew ? activity.authorisedWeeklyHours : undefined,
        validUntil: renew ? minDate(addDays(latest, -1), addDays(addYears(date, 1), -1)) : undefined,
        nextReviewDate: addMonths(date, rng.int(3, 6)),
        conditions: renew ? (activity.conditions ?? "") : undefined,
      });
    }

    if (segment.end) {
      const endReason: ActivityEndReason = !isLast
        ? "CONTINUED_PART_TIME"
        : (
            {
              FULL_RETURN: "FULL_RETURN",
              RELAPSE: "RELAPSE",
              PART_TIME: "CONTINUED_PART_TIME",
              OTHER_END: "OTHER",
              RUNNING: "OTHER",
            } as const
          )[pr.fate];
      b.parse(
        ZEndActivitySchema,
        { activityId: activity.id, version: activity.version, endDate: segment.end, endReason },
        "authorised-activity end",
      );
      activity.status = "ENDED";
      activity.endDate = segment.end;
      activity.endReason = endReason;
      activity.version++;
      activity.updatedAt = b.stamp(minDate(addDays(segment.end, rng.int(0, 10)), lastFact));
      activity.updatedById = member.coordinatorId;
    }
  });
}
