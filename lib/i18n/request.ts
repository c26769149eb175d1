// next-intl's request configuration: which language this request is rendered in. A signed-in user's
// preference wins, then the language cookie (set by the switcher on the login page), then the browser's.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { getSessionUser } from "@/lib/auth/session";
import {
  DEFAULT_LOCALE,
  isLocale,
  LOCALE_COOKIE,
  localeFromAcceptLanguage,
  TIME_ZONE,
} from "@/lib/i18n/config";
import { FORMATS } from "@/lib/i18n/formats";

async function resolveLocale() {
  const user = await getSessionUser().catch(() => null);
  if (user && isLocale(user.locale)) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    locale,
    timeZone: TIME_ZONE,
    formats: FORMATS,
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
