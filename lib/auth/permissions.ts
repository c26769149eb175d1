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
  // One's own second factor: enrol, verify this session, recovery codes (docs/decisions/009)
  "account.security": ["COORDINATOR", "ADVISING_PHYSICIAN", "MANAGER", "ADMIN"],
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

/** Roles that must pass a second factor (TOTP) before they hold any permission but the exempt ones. */
export const SECOND_FACTOR_ROLES = ["ADVISING_PHYSICIAN", "ADMIN"] as const satisfies readonly Role[];

export function requiresSecondFactor(role: Role): boolean {
  return (SECOND_FACTOR_ROLES as readonly Role[]).includes(role);
}

/** What a session still waiting for its second factor may do: look at its profile and set up the factor. */
export const WITHOUT_SECOND_FACTOR: ReadonlySet<Permission> = new Set(["profile.update", "account.security"]);

/**
 * Whether `user` holds `permission`. A session whose role needs a second factor that it has not passed
 * (`mfaPending`, set by lib/auth/session.ts) holds only the exempt permissions, so medical data, decisions
 * and administration stay out of reach — in pages, actions and navigation alike — until it passes.
 */
export function can(
  user: { role: Role; mfaPending?: boolean } | null | undefined,
  permission: Permission,
): boolean {
  if (!user) return false;
  if (user.mfaPending && !WITHOUT_SECOND_FACTOR.has(permission)) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(user.role);
}

/** Whether the role holds the permission once the second factor is passed (to lead the user to it). */
export function canOnceVerified(user: { role: Role }, permission: Permission): boolean {
  return can({ role: user.role }, permission);
}

/** Where each role lands after signing in. */
export const HOME_BY_ROLE: Record<Role, string> = {
  COORDINATOR: "/caseload",
  ADVISING_PHYSICIAN: "/queue",
  MANAGER: "/reports",
  ADMIN: "/",
};
