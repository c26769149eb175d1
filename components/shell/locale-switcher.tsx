"use client";
// One button per language rather than a select that navigates on change (WCAG 3.2.2). Signed in, the choice is saved
// on the user; signed out (login page), it is kept in a cookie.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";

import { cn } from "@/components/ui/cn";
import { LOCALE_COOKIE, LOCALES, type AppLocale } from "@/lib/i18n/config";
import { setOwnLocaleAction } from "@/lib/users/actions";

const SHORT: Record<AppLocale, string> = { nl: "NL", fr: "FR", de: "DE", en: "EN" };
const NAMES: Record<AppLocale, string> = { nl: "Nederlands", fr: "Français", de: "Deutsch", en: "English" };

export function LocaleSwitcher({ isSignedIn }: { isSignedIn: boolean }) {
  const t = useTranslations("locale");
  const current = useLocale();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  const choose = (locale: AppLocale) =>
    startTransition(async () => {
      if (isSignedIn) {
        await setOwnLocaleAction({ locale });
      } else {
        document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
      }
      router.refresh();
    });

  return (
    <div role="group" aria-label={t("switcher")} className="flex items-center gap-1">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={current === locale}
          aria-label={NAMES[locale]}
          disabled={isPending}
          onClick={() => choose(locale)}
          className={cn(
            "rounded px-2 py-1 text-xs font-semibold",
            current === locale ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-200",
          )}
        >
          {SHORT[locale]}
        </button>
      ))}
    </div>
  );
}
