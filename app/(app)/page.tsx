import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ProfileCard } from "@/components/shell/profile-card";
import { can, HOME_BY_ROLE, type Permission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

const SHORTCUTS: { key: string; href: string; permission: Permission }[] = [
  { key: "reports", href: "/reports", permission: "reports.read" },
  { key: "users", href: "/admin/users", permission: "admin.users" },
  { key: "teams", href: "/admin/teams", permission: "admin.teams" },
  { key: "apiTokens", href: "/admin/api-tokens", permission: "admin.apiTokens" },
  { key: "accessReport", href: "/access-report", permission: "accessReport.read" },
  { key: "audit", href: "/admin/audit", permission: "admin.audit" },
];

/** Each role lands on its own home (caseload, work queue, reports); administrators on this page. */
export default async function HomePage() {
  const user = await requireUser();
  if (HOME_BY_ROLE[user.role] !== "/") redirect(HOME_BY_ROLE[user.role]);
  const t = await getTranslations();
  const shortcuts = SHORTCUTS.filter((shortcut) => can(user, shortcut.permission));
  return (
    <>
      <PageHeader title={t("home.title", { name: user.name })} />
      <div className="grid gap-4 md:grid-cols-2">
        <ProfileCard user={user} />
        {shortcuts.length ? (
          <Card title={t("home.shortcuts")}>
            <ul className="space-y-2 text-sm">
              {shortcuts.map((shortcut) => (
                <li key={shortcut.key}>
                  <Link href={shortcut.href}>{t(`home.shortcut.${shortcut.key}`)}</Link>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
    </>
  );
}
