import { cookies } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { SecondFactorBanner } from "@/components/medical/second-factor-banner";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { NavLinks } from "@/components/shell/nav-links";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { SignInLanguageNotice } from "@/components/shell/sign-in-language-notice";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { isLocale, SIGN_IN_LOCALE_COOKIE } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations();
  const items = NAV_ITEMS.filter(
    (item) =>
      (item.permission === null || can(user, item.permission)) &&
      (!item.roles || item.roles.includes(user.role)),
  ).map((item) => ({
    href: item.href,
    label: t(`nav.${item.label}`),
  }));
  // Signed in from a login page in another language than the account's: say so, once (ADR 006).
  const signInLocale = (await cookies()).get(SIGN_IN_LOCALE_COOKIE)?.value;
  const pageLocale = isLocale(signInLocale) && signInLocale !== user.locale ? signInLocale : null;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex flex-wrap items-center gap-6">
            <span className="text-lg font-bold text-brand-700">Reprise</span>
            <NavLinks items={items} label={t("nav.main")} />
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <LocaleSwitcher isSignedIn />
            <p className="text-right text-xs leading-tight text-slate-600" data-testid="current-user">
              <Link href="/profile" className="block font-medium text-slate-900">
                {user.name}
              </Link>
              <span>
                {t(`enums.role.${user.role}`)}
                {user.teamName ? ` · ${user.teamName}` : ""}
              </span>
            </p>
            <SignOutButton label={t("nav.signOut")} />
          </div>
        </div>
      </header>
      {signInLocale !== undefined ? (
        <SignInLanguageNotice
          pageLocale={pageLocale}
          texts={{
            title: t("locale.noticeTitle"),
            body: t("locale.noticeBody", { in: pageLocale ? t(`locale.in.${pageLocale}`) : "" }),
            stay: t("locale.stay"),
            switchTo: pageLocale ? translatorFor(pageLocale)("locale.continue") : "",
          }}
        />
      ) : null}
      {user.mfaPending ? (
        <SecondFactorBanner
          title={t("mfa.requiredTitle")}
          body={t("mfa.requiredBody", { role: t(`enums.roleInSentence.${user.role}`) })}
          cta={user.mfaEnrolled ? t("mfa.verifyCta") : t("mfa.enrolCta")}
        />
      ) : null}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
