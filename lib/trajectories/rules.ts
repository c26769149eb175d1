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

export const OPEN_STATUSES: readonly TrajectoryStatus[] = ["REFERRED", "INVITED", "ACTIVE"];

export const TRANSITIONS: Readonly<Record<TrajectoryStatus, readonly TrajectoryStatus[]>> = {
  REFERRED: ["INVITED", "DECLINED"],
  INVITED: ["ACTIVE", "DECLINED"],
  ACTIVE: ["CLOSED", "REFERRED_OUT"],
  CLOSED: [],
  DECLINED: [],
  REFERRED_OUT: [],
};

export type TransitionField =
  "invitedDate" | "firstContactDate" | "endDate" | "stopReason" | "outcome" | "endNote";

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

export type TransitionCheck =
  | { ok: true }
  | { ok: false; code: "INVALID_TRANSITION" }
  | { ok: false; code: "VALIDATION"; fieldErrors: Record<string, string[]> };

/**
 * Whether `trajectory` may move to `input.to` with the given fields: the transition must exist, its
 * required fields be present, dates not be in the future and not precede the steps before them.
 */
export function checkTransition(
  trajectory: TrajectoryDates,
  input: TransitionInput,
  today: ISODate,
): TransitionCheck {
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
