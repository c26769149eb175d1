// The formatter of the request's language, for server components and route handlers.
import "server-only";

import { getLocale } from "next-intl/server";

import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { formatFor, type Format } from "@/lib/i18n/format";

export async function getFormat(): Promise<Format> {
  const locale = await getLocale();
  return formatFor(isLocale(locale) ? locale : DEFAULT_LOCALE);
}
