import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requiresSecondFactor } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getFormat } from "@/lib/i18n/server-format";
import { getSecondFactorStatus } from "@/lib/mfa/queries";
import { findTeamOptions } from "@/lib/teams/queries";
import { getUserById } from "@/lib/users/queries";
import { z } from "@/lib/validation";

import { EditUserForm } from "../user-form";
import { UserAccountControls } from "./account-controls";
import { SecondFactorControls } from "./second-factor-controls";

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePermission("admin.users");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const [user, teams, secondFactor] = await Promise.all([
    getUserById(id),
    findTeamOptions(),
    getSecondFactorStatus(id),
  ]);
  if (!user || !secondFactor) notFound();
  const t = await getTranslations();
  const format = await getFormat();
  const secondFactorLabel = secondFactor.enabledAt
    ? t("mfa.admin.statusOn", {
        date: format.dateTime(secondFactor.enabledAt),
        left: secondFactor.recoveryCodesLeft,
      })
    : requiresSecondFactor(user.role)
      ? t("mfa.admin.statusMissing")
      : t("mfa.admin.statusOff");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users">← {t("admin.users.title")}</Link>
      </p>
      <PageHeader
        title={t("admin.users.editTitle", { name: user.name })}
        description={user.email}
        actions={
          <Badge tone={user.isActive ? "success" : "neutral"}>
            {user.isActive ? t("admin.users.active") : t("admin.users.inactive")}
          </Badge>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card title={t("common.details")}>
          <EditUserForm
            key={user.version}
            teams={teams}
            user={{
              id: user.id,
              version: user.version,
              name: user.name,
              role: user.role,
              teamId: user.teamId,
              locale: user.locale,
            }}
          />
        </Card>
        <Card title={t("admin.users.status")}>
          <UserAccountControls
            user={{ id: user.id, version: user.version, name: user.name, isActive: user.isActive }}
            isSelf={admin.id === user.id}
          />
        </Card>
        <Card title={t("mfa.admin.title")} className="lg:col-start-2">
          <SecondFactorControls
            user={{ id: user.id, name: user.name }}
            status={{
              label: secondFactorLabel,
              canReset: secondFactor.enabledAt !== null || secondFactor.isPending,
            }}
            isSelf={admin.id === user.id}
          />
        </Card>
      </div>
    </>
  );
}
