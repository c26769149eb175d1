// Intake: a new member in the coordinator's team, then their first incapacity period.
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { findTeamCoordinators } from "@/lib/members/queries";

import { IntakeForm } from "./intake-form";

export default async function NewMemberPage() {
  const user = await requirePermission("member.write");
  const t = await getTranslations("intake");
  const coordinators = user.teamId
    ? (await findTeamCoordinators(user.teamId)).filter((c) => c.id !== user.id)
    : [];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <IntakeForm coordinators={coordinators} />
    </>
  );
}
