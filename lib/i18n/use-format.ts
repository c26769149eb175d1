// The formatter of the page's language, for client components.
import { useLocale } from "next-intl";

import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { formatFor, type Format } from "@/lib/i18n/format";

export function useFormat(): Format {
  const locale = useLocale();
  return formatFor(isLocale(locale) ? locale : DEFAULT_LOCALE);
}
