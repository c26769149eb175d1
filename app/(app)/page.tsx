import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, type Permission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

const SHORTCUTS: { key: string; href: string; permission: Permission }[] = [
  { key: "users", href: "/admin/users", permission: "admin.users" },
  { key: "teams", href: "/admin/teams", permission: "admin.teams" },
  { key: "audit", href: "/admin/audit", permission: "admin.audit" },
];

export default async function HomePage() {
  const user = await requireUser();
  const t = await getTranslations();
  const shortcuts = SHORTCUTS.filter((shortcut) => can(user, shortcut.permission));
  return (
    <>
      <PageHeader title={t("home.title", { name: user.name })} />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("home.profile")}>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm" data-testid="profile">
            <dt className="text-slate-600">{t("home.name")}</dt>
            <dd>{user.name}</dd>
            <dt className="text-slate-600">{t("home.email")}</dt>
            <dd>{user.email}</dd>
            <dt className="text-slate-600">{t("home.role")}</dt>
            <dd data-testid="profile-role">{t(`enums.role.${user.role}`)}</dd>
            <dt className="text-slate-600">{t("home.team")}</dt>
            <dd data-testid="profile-team">{user.teamName ?? t("home.noTeam")}</dd>
            {user.region ? (
              <>
                <dt className="text-slate-600">{t("home.region")}</dt>
                <dd>{t(`enums.region.${user.region}`)}</dd>
              </>
            ) : null}
            <dt className="text-slate-600">{t("home.language")}</dt>
            <dd>{t(`enums.locale.${user.locale}`)}</dd>
          </dl>
        </Card>
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
