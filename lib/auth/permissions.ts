// The permission table (CONVENTIONS.md §5): which roles may do what. The server enforces it in every action and
// page; the UI uses the same `can()` to hide what would be refused. Record-level scope (team, caseload) is
// decided separately by each domain's access.ts.
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = [
  "COORDINATOR",
  "ADVISING_PHYSICIAN",
  "MANAGER",
  "ADMIN",
] as const satisfies readonly Role[];

export const PERMISSIONS = {
  // Everyone signed in
  "profile.update": ["COORDINATOR", "ADVISING_PHYSICIAN", "MANAGER", "ADMIN"],
  // Administration
  "admin.users": ["ADMIN"],
  "admin.teams": ["ADMIN"],
  "admin.audit": ["ADMIN"],
  "admin.apiTokens": ["ADMIN"],
  // Member files (non-medical part)
  "member.read": ["COORDINATOR", "ADVISING_PHYSICIAN"],
  "member.write": ["COORDINATOR"],
  "member.reassign": ["COORDINATOR", "MANAGER"],
  "caseload.read": ["COORDINATOR"],
  "incapacity.write": ["COORDINATOR", "ADVISING_PHYSICIAN"],
  "questionnaire.write": ["COORDINATOR", "ADVISING_PHYSICIAN"],
  "trajectory.write": ["COORDINATOR"],
  "contact.write": ["COORDINATOR"],
  "consent.write": ["COORDINATOR"],
  "referral.write": ["COORDINATOR"],
  "adjustment.write": ["COORDINATOR"],
  "activity.request": ["COORDINATOR"],
  "task.write": ["COORDINATOR", "ADVISING_PHYSICIAN"],
  // Medical secrecy (V8): diagnosis, medical notes, categories and authorised-activity decisions
  "medical.read": ["ADVISING_PHYSICIAN"],
  "capacity.assess": ["ADVISING_PHYSICIAN"],
  "activity.decide": ["ADVISING_PHYSICIAN"],
  "physicianQueue.read": ["ADVISING_PHYSICIAN"],
  // Access to a member outside one's own scope after stating a purpose
  "breakGlass.use": ["COORDINATOR", "ADVISING_PHYSICIAN"],
  // Reporting
  "reports.read": ["MANAGER", "ADMIN"],
  "reports.export": ["MANAGER", "ADMIN"],
  "accessReport.read": ["MANAGER", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(user: { role: Role } | null | undefined, permission: Permission): boolean {
  if (!user) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(user.role);
}

/** Where each role lands after signing in. */
export const HOME_BY_ROLE: Record<Role, string> = {
  COORDINATOR: "/caseload",
  ADVISING_PHYSICIAN: "/queue",
  MANAGER: "/reports",
  ADMIN: "/",
};
