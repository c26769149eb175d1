import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { HOME_BY_ROLE } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getFormat } from "@/lib/i18n/server-format";
import { getOwnSecondFactor } from "@/lib/mfa/queries";

import { SecondFactorPanel } from "./second-factor-panel";

export async function generateMetadata() {
  const t = await getTranslations("mfa");
  return { title: t("title") };
}

/** One's own second factor: enrol, verify this session, recovery codes, replace or turn off. */
export default async function SecurityPage() {
  const user = await requirePermission("account.security");
  const t = await getTranslations("mfa");
  const format = await getFormat();
  const state = await getOwnSecondFactor(user);
  const roleLabel = (await getTranslations("enums.roleInSentence"))(user.role);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="max-w-2xl space-y-4">
        {user.mfaPending ? (
          <Alert tone="warning" title={t("requiredTitle")}>
            {t("requiredBody", { role: roleLabel })}
          </Alert>
        ) : null}
        <SecondFactorPanel
          state={
            state.status === "on"
              ? {
                  status: "on",
                  enabledAt: format.dateTime(state.enabledAt),
                  recoveryCodesLeft: state.recoveryCodesLeft,
                }
              : state
          }
          isRequired={user.mfaRequired}
          isSessionVerified={user.mfaVerified}
          homeHref={HOME_BY_ROLE[user.role]}
        />
        {!user.mfaPending && user.mfaVerified ? (
          <p className="text-sm">
            <Link href={HOME_BY_ROLE[user.role]} className={buttonClass("secondary", "sm")}>
              {t("continue")}
            </Link>
          </p>
        ) : null}
      </div>
    </>
  );
}
