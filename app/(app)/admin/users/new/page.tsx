import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { findTeamOptions } from "@/lib/teams/queries";

import { CreateUserForm } from "../user-form";

export default async function NewUserPage() {
  await requirePermission("admin.users");
  const t = await getTranslations();
  const teams = await findTeamOptions();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users">← {t("admin.users.title")}</Link>
      </p>
      <PageHeader title={t("admin.users.createTitle")} />
      <CreateUserForm teams={teams} />
    </>
  );
}
