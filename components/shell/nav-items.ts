import type { Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

export interface NavItem {
  href: string;
  /** Key in the `nav` namespace. */
  label: string;
  /** Shown only to users holding this permission (null: everyone signed in). */
  permission: Permission | null;
  /** Shown only to these roles (in addition to the permission). */
  roles?: readonly Role[];
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "home", permission: null, roles: ["ADMIN"] },
  { href: "/caseload", label: "caseload", permission: "caseload.read" },
  { href: "/queue", label: "queue", permission: "physicianQueue.read" },
  { href: "/team", label: "team", permission: "member.reassign" },
  { href: "/reports", label: "reports", permission: "reports.read" },
  { href: "/access-report", label: "accessReport", permission: "accessReport.read" },
  { href: "/admin/users", label: "users", permission: "admin.users" },
  { href: "/admin/teams", label: "teams", permission: "admin.teams" },
  { href: "/admin/api-tokens", label: "apiTokens", permission: "admin.apiTokens" },
  { href: "/admin/audit", label: "audit", permission: "admin.audit" },
  { href: "/account/security", label: "security", permission: "account.security" },
];
