// Supported interface languages, in the order the switcher shows them: Belgium's three official languages,
// then English. German serves East Belgium (Ostbelgien), whose members and coordinators work in German.
export const LOCALES = ["nl", "fr", "de", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "nl";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** The login page's language, kept for a few minutes after sign-in so the landing page can say it differs. */
export const SIGN_IN_LOCALE_COOKIE = "reprise-signin-locale";
export const TIME_ZONE = "Europe/Brussels";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null | undefined): AppLocale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
  }
  return null;
}
