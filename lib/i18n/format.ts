// One way to write a date, a moment, a month and a number per interface language (issue 11). Every screen,
// deadline reason, letter and export formats through here, so English never mixes "Nov 30, 2026" with
// "16 November 2026" and no language shows a 12-hour clock. Pure.
import { dayDate, type ISODate } from "@/lib/dates";
import { TIME_ZONE, type AppLocale } from "@/lib/i18n/config";

/**
 * The tag Intl formats each language with: Belgian usage for nl, fr and de, British English for en (day
 * before month, as everywhere else in Reprise). Plain "en" would give "November 16, 2026, 2:30 PM".
 */
export const INTL_LOCALE: Record<AppLocale, string> = { nl: "nl-BE", fr: "fr-BE", de: "de-BE", en: "en-GB" };

/** "16 November 2026" · "16 november 2026" · "16 novembre 2026" · "16. November 2026". */
const DATE = { day: "numeric", month: "long", year: "numeric" } as const;
/** The date above with a 24-hour time: "16 November 2026 at 14:30", "16 november 2026 om 14:30". */
const DATE_TIME = { ...DATE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
/** "Nov 2026": a month on a chart's axis or in a monthly table. */
const MONTH = { month: "short", year: "numeric" } as const;

/** decimal1: always one decimal (report figures); decimal2: up to two (weekly hours, work fractions). */
export type NumberStyle = "decimal1" | "decimal2";
const NUMBER: Record<NumberStyle | "default", Intl.NumberFormatOptions> = {
  default: {},
  decimal1: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  decimal2: { maximumFractionDigits: 2 },
};

export interface Format {
  /** A calendar date ("2026-11-16"), or the Brussels day of an instant. */
  date(value: ISODate | Date): string;
  /** An instant on Brussels clocks. */
  dateTime(value: Date): string;
  /** The month of a calendar date. */
  month(value: ISODate): string;
  number(value: number, style?: NumberStyle): string;
}

function build(locale: AppLocale): Format {
  const tag = INTL_LOCALE[locale];
  // Calendar dates travel as UTC midnights (dayDate), so they are formatted in UTC; instants in Brussels.
  const calendarDate = new Intl.DateTimeFormat(tag, { ...DATE, timeZone: "UTC" });
  const instantDate = new Intl.DateTimeFormat(tag, { ...DATE, timeZone: TIME_ZONE });
  const instant = new Intl.DateTimeFormat(tag, { ...DATE_TIME, timeZone: TIME_ZONE });
  const month = new Intl.DateTimeFormat(tag, { ...MONTH, timeZone: "UTC" });
  const numbers = Object.fromEntries(
    Object.entries(NUMBER).map(([style, options]) => [style, new Intl.NumberFormat(tag, options)]),
  ) as Record<NumberStyle | "default", Intl.NumberFormat>;
  return {
    date: (value) =>
      typeof value === "string" ? calendarDate.format(dayDate(value)) : instantDate.format(value),
    dateTime: (value) => instant.format(value),
    month: (value) => month.format(dayDate(value)),
    number: (value, style) => numbers[style ?? "default"].format(value),
  };
}

const cache = new Map<AppLocale, Format>();

/** The formatter of a language (built once: Intl formatters are costly to create). */
export function formatFor(locale: AppLocale): Format {
  let format = cache.get(locale);
  if (!format) {
    format = build(locale);
    cache.set(locale, format);
  }
  return format;
}
