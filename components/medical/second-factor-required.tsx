import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

/**
 * Shown where a physician or admin lands while their session lacks the required second factor: nothing of the
 * page's data is loaded, only the way to set the factor up (or to prove it for this session).
 */
export async function SecondFactorRequired({ isEnrolled, role }: { isEnrolled: boolean; role: string }) {
  const t = await getTranslations("mfa");
  const roleLabel = (await getTranslations("enums.roleInSentence"))(role);
  return (
    <Alert tone="warning" title={t("requiredTitle")}>
      <p>{t("requiredBody", { role: roleLabel })}</p>
      <Link href="/account/security" className={buttonClass("primary", "sm", "mt-3")}>
        {isEnrolled ? t("verifyCta") : t("enrolCta")}
      </Link>
    </Alert>
  );
}
