// Translators for texts in a language other than the request's (CSV and XLSX exports, API error messages, the
// sign-in language notice's offer in the login page's language), built from the message files directly so
// that they speak exactly the language asked for, whatever the request carries.
import { createTranslator } from "use-intl/core";

import type { AppLocale } from "@/lib/i18n/config";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import nl from "@/lib/i18n/messages/nl.json";

const MESSAGES = { de, en, fr, nl } as const;

export type Translate = (key: string, values?: Record<string, string | number>) => string;

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
