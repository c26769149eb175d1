// The trajectory state machine, pure (DOMAIN.md): REFERRED → INVITED → ACTIVE → CLOSED, with
// REFERRED|INVITED → DECLINED and ACTIVE → REFERRED_OUT. Any other transition is refused.
import type { ISODate } from "@/lib/dates";

export const TRAJECTORY_STATUSES = [
  "REFERRED",
  "INVITED",
  "ACTIVE",
  "CLOSED",
  "DECLINED",
  "REFERRED_OUT",
] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];

/** A member has at most one trajectory in these statuses at a time (lib/trajectories/mutations.ts). */
export const OPEN_STATUSES: readonly TrajectoryStatus[] = ["REFERRED", "INVITED", "ACTIVE"];

/** The final statuses: each is reached with an end date and may carry an end note (REFERRED_OUT requires one). */
export const ENDING_STATUSES: readonly TrajectoryStatus[] = ["CLOSED", "DECLINED", "REFERRED_OUT"];

export const TRANSITIONS: Readonly<Record<TrajectoryStatus, readonly TrajectoryStatus[]>> = {
  REFERRED: ["INVITED", "DECLINED"],
  INVITED: ["ACTIVE", "DECLINED"],
  ACTIVE: ["CLOSED", "REFERRED_OUT"],
  CLOSED: [],
  DECLINED: [],
  REFERRED_OUT: [],
};

export type TransitionDateField = "invitedDate" | "firstContactDate" | "endDate";
export type TransitionField = TransitionDateField | "stopReason" | "outcome" | "endNote";

/**
 * The field whose date a transition into each status is recorded under (the trajectory's history, the
 * deadlines and the reports read it). REFERRED is never a target: its date is the start's referredDate.
 */
export const DATE_FIELD_OF: Readonly<Partial<Record<TrajectoryStatus, TransitionDateField>>> = {
  INVITED: "invitedDate",
  ACTIVE: "firstContactDate",
  CLOSED: "endDate",
  DECLINED: "endDate",
  REFERRED_OUT: "endDate",
};

/** The fields each target status requires (the form asks for exactly these). */
export const REQUIRED_FIELDS: Readonly<Record<TrajectoryStatus, readonly TransitionField[]>> = {
  REFERRED: [],
  INVITED: ["invitedDate"],
  ACTIVE: ["firstContactDate"],
  CLOSED: ["endDate", "stopReason", "outcome"],
  DECLINED: ["endDate"],
  REFERRED_OUT: ["endDate", "endNote"],
};

export function isOpen(status: TrajectoryStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** The member's open trajectory — the latest one, if it is still open — from their trajectories oldest first. */
export function openTrajectoryOf<T extends { status: string }>(trajectories: readonly T[]): T | null {
  const latest = trajectories[trajectories.length - 1];
  return latest && isOpen(latest.status as TrajectoryStatus) ? latest : null;
}

export function isEnded(status: TrajectoryStatus): boolean {
  return ENDING_STATUSES.includes(status);
}

/** Every field a transition into `to` takes: its required fields, plus the optional note of an ending. */
export function transitionFields(to: TrajectoryStatus): readonly TransitionField[] {
  const fields = REQUIRED_FIELDS[to];
  return isEnded(to) && !fields.includes("endNote") ? [...fields, "endNote"] : fields;
}

export function canTransition(from: TrajectoryStatus, to: TrajectoryStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export interface TrajectoryDates {
  status: TrajectoryStatus;
  referredDate: ISODate;
  invitedDate: ISODate | null;
  firstContactDate: ISODate | null;
}

export interface TransitionInput {
  to: TrajectoryStatus;
  invitedDate?: ISODate | null;
  firstContactDate?: ISODate | null;
  endDate?: ISODate | null;
  stopReason?: string | null;
  outcome?: string | null;
  endNote?: string | null;
}

/**
 * The input with only the fields a transition into `input.to` takes: anything else (a crafted request, or a
 * form that kept what was typed for another step) is dropped, so it is neither checked nor written.
 */
export function pickTransitionFields(input: TransitionInput): TransitionInput {
  const picked: TransitionInput = { to: input.to };
  for (const field of transitionFields(input.to)) picked[field] = input[field];
  return picked;
}

/** The date a transition is recorded under: the value of the field its target status names. */
export function transitionDateOf(input: TransitionInput): ISODate | null {
  const field = DATE_FIELD_OF[input.to];
  return (field && input[field]) || null;
}

export type TransitionCheck =
  | { ok: true }
  | { ok: false; code: "INVALID_TRANSITION" }
  | { ok: false; code: "VALIDATION"; fieldErrors: Record<string, string[]> };

/**
 * Whether `trajectory` may move to `input.to` with the given fields: the transition must exist, its
 * required fields be present, dates not be in the future and not precede the steps before them. Fields the
 * transition does not take are ignored (pickTransitionFields).
 */
export function checkTransition(
  trajectory: TrajectoryDates,
  rawInput: TransitionInput,
  today: ISODate,
): TransitionCheck {
  const input = pickTransitionFields(rawInput);
  if (!canTransition(trajectory.status, input.to)) return { ok: false, code: "INVALID_TRANSITION" };
  const errors: Record<string, string[]> = {};
  const add = (field: string, key: string) => (errors[field] ??= []).push(key);
  for (const field of REQUIRED_FIELDS[input.to]) {
    const value = input[field];
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === ""))
      add(field, "required");
  }
  const dateFields = ["invitedDate", "firstContactDate", "endDate"] as const;
  for (const field of dateFields) {
    const value = input[field];
    if (value && value > today) add(field, "notInFuture");
  }
  const earliest = (field: (typeof dateFields)[number], after: ISODate | null, key: string) => {
    const value = input[field];
    if (value && after && value < after) add(field, key);
  };
  earliest("invitedDate", trajectory.referredDate, "beforeReferral");
  earliest("firstContactDate", trajectory.invitedDate ?? trajectory.referredDate, "beforeInvitation");
  earliest(
    "endDate",
    trajectory.firstContactDate ?? trajectory.invitedDate ?? trajectory.referredDate,
    "beforePreviousStep",
  );
  return Object.keys(errors).length ? { ok: false, code: "VALIDATION", fieldErrors: errors } : { ok: true };
}
