import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";

/** Who is signed in: name, e-mail, role, team, region and interface language. */
export async function ProfileCard({ user }: { user: SessionUser }) {
  const t = await getTranslations();
  return (
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
  );
}
