// Translators for texts made outside a rendered page (CSV and XLSX exports, API error messages), built from the
// message files directly so that they speak exactly the language asked for, whatever the request carries.
import { createTranslator } from "use-intl/core";

import type { AppLocale } from "@/lib/i18n/config";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import nl from "@/lib/i18n/messages/nl.json";
import type { Translate } from "@/lib/reports/tables";

const MESSAGES = { de, en, fr, nl } as const;

/** A translator for the message files of a language, or for one namespace of them ("validation" …). */
export function translatorFor(
  locale: AppLocale,
  namespace?: string,
): Translate & { has: (key: string) => boolean } {
  return createTranslator({
    locale,
    messages: MESSAGES[locale] as never,
    ...(namespace ? { namespace: namespace as never } : {}),
    timeZone: "Europe/Brussels",
  }) as unknown as Translate & { has: (key: string) => boolean };
}
