import { getTranslations } from "next-intl/server";

import { ProfileCard } from "@/components/shell/profile-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";

export default async function ProfilePage() {
  const user = await requireUser();
  const t = await getTranslations("home");
  return (
    <>
      <PageHeader title={t("profile")} />
      <div className="max-w-xl">
        <ProfileCard user={user} />
      </div>
    </>
  );
}
