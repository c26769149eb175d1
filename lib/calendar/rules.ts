// Belgian working days, pure: Monday–Friday minus the ten public holidays (DOMAIN.md, "Working days").
import { addDays, dayOfWeek, type ISODate } from "@/lib/dates";

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): ISODate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const cache = new Map<number, Set<ISODate>>();

/** New Year, Easter Monday, 1 May, Ascension, Whit Monday, 21 July, 15 August, 1 and 11 November, Christmas. */
export function publicHolidays(year: number): Set<ISODate> {
  let holidays = cache.get(year);
  if (!holidays) {
    const easter = easterSunday(year);
    holidays = new Set([
      `${year}-01-01`,
      addDays(easter, 1),
      `${year}-05-01`,
      addDays(easter, 39),
      addDays(easter, 50),
      `${year}-07-21`,
      `${year}-08-15`,
      `${year}-11-01`,
      `${year}-11-11`,
      `${year}-12-25`,
    ]);
    cache.set(year, holidays);
  }
  return holidays;
}

export function isPublicHoliday(date: ISODate): boolean {
  return publicHolidays(Number(date.slice(0, 4))).has(date);
}

export function isWorkingDay(date: ISODate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(date);
}

/** "D + N working days": the N-th working day after D, D itself not counted. */
export function addWorkingDays(date: ISODate, days: number): ISODate {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** The last working day strictly before `date` (V13: a request must arrive by then). */
export function lastWorkingDayBefore(date: ISODate): ISODate {
  let current = addDays(date, -1);
  while (!isWorkingDay(current)) current = addDays(current, -1);
  return current;
}
