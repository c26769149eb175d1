"use client";
// After sign-in, the account's saved language wins over the login page's (docs/decisions/006): when the two
// differ, the landing page says so once and offers the login page's language in that language.
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { SIGN_IN_LOCALE_COOKIE, type AppLocale } from "@/lib/i18n/config";
import { setOwnLocaleAction } from "@/lib/users/actions";

export function SignInLanguageNotice({
  pageLocale,
  texts,
}: {
  /** The login page's language when it differed from the account's; null when they were the same. */
  pageLocale: AppLocale | null;
  texts: { title: string; body: string; stay: string; switchTo: string };
}) {
  const router = useRouter();
  const [isVisible, setVisible] = useState(pageLocale !== null);
  const [isPending, startTransition] = useTransition();
  // Said once: the next page (or a reload) no longer shows it.
  useEffect(() => {
    document.cookie = `${SIGN_IN_LOCALE_COOKIE}=; path=/; max-age=0; samesite=lax`;
  }, []);
  if (!isVisible || !pageLocale) return null;
  return (
    <div
      role="status"
      data-testid="sign-in-language"
      className="no-print border-b border-sky-200 bg-sky-50 text-sky-950"
    >
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-2 text-sm">
        <p className="min-w-0 flex-1">
          <span className="font-semibold">{texts.title}</span> {texts.body}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            lang={pageLocale}
            disabled={isPending}
            onClick={() =>
              startTransition(async () => {
                await setOwnLocaleAction({ locale: pageLocale });
                setVisible(false);
                router.refresh();
              })
            }
          >
            {texts.switchTo}
          </Button>
          <Button size="sm" variant="secondary" disabled={isPending} onClick={() => setVisible(false)}>
            {texts.stay}
          </Button>
        </div>
      </div>
    </div>
  );
}
