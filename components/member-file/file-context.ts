// What a member-file section needs besides the file itself: who looks, what they may do, and today's date.
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { fromDbDate, type ISODate } from "@/lib/dates";
import { getFormat } from "@/lib/i18n/server-format";
import { reassignableTeamId } from "@/lib/members/access";
import type { MemberHeader } from "@/lib/members/queries";

export interface FileAccess {
  userId: string;
  canIncapacity: boolean;
  canQuestionnaire: boolean;
  canTrajectory: boolean;
  canContact: boolean;
  canConsent: boolean;
  canReferral: boolean;
  canAdjustment: boolean;
  canRequestActivity: boolean;
  canDecideActivity: boolean;
  canTask: boolean;
  canEditMember: boolean;
  /** Reassignment happens within the member's own team only. */
  canReassign: boolean;
}

export function fileAccessOf(user: SessionUser, header: MemberHeader): FileAccess {
  return {
    userId: user.id,
    canIncapacity: can(user, "incapacity.write"),
    canQuestionnaire: can(user, "questionnaire.write"),
    canTrajectory: can(user, "trajectory.write"),
    canContact: can(user, "contact.write"),
    canConsent: can(user, "consent.write"),
    canReferral: can(user, "referral.write"),
    canAdjustment: can(user, "adjustment.write"),
    canRequestActivity: can(user, "activity.request"),
    canDecideActivity: can(user, "activity.decide"),
    canTask: can(user, "task.write"),
    canEditMember: can(user, "member.write"),
    canReassign: reassignableTeamId(user) === header.team.id,
  };
}

export interface SectionProps {
  access: FileAccess;
  header: MemberHeader;
  today: ISODate;
}

/** Formats calendar dates (ISO strings or the database's UTC-midnight dates) in the user's language. */
export async function getDayFormatter() {
  const format = await getFormat();
  return (value: Date | string | null | undefined): string =>
    value ? format.date(typeof value === "string" ? value : fromDbDate(value)) : "—";
}
