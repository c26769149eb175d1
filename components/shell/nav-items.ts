import type { Permission } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  /** Key in the `nav` namespace. */
  label: string;
  /** Shown only to users holding this permission (null: everyone signed in). */
  permission: Permission | null;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "home", permission: null },
  { href: "/admin/users", label: "users", permission: "admin.users" },
  { href: "/admin/teams", label: "teams", permission: "admin.teams" },
  { href: "/admin/audit", label: "audit", permission: "admin.audit" },
];
