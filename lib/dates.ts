// Calendar dates as "YYYY-MM-DD" strings, the way DOMAIN.md counts them (Europe/Brussels, end dates
// inclusive, month arithmetic clamped to the month's last day). Pure: no clock unless one is passed.

export type ISODate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: ISODate): [number, number, number] {
  const match = ISO.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function fromUTC(ms: number): ISODate {
  return new Date(ms).toISOString().slice(0, 10);
}

function toUTC(date: ISODate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
}

export function isISODate(value: string): boolean {
  if (!ISO.test(value)) return false;
  const [y, m, d] = parts(value);
  const back = new Date(Date.UTC(y, m - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
}

export function addDays(date: ISODate, days: number): ISODate {
  return fromUTC(toUTC(date) + days * 86_400_000);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Keeps the day of month, clamped to the last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: ISODate, months: number): ISODate {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** 29 Feb + 1 year = 28 Feb. */
export function addYears(date: ISODate, years: number): ISODate {
  return addMonths(date, years * 12);
}

/** b − a in days (negative when b is earlier). */
export function diffDays(a: ISODate, b: ISODate): number {
  return Math.round((toUTC(b) - toUTC(a)) / 86_400_000);
}

export const minDate = (a: ISODate, b: ISODate): ISODate => (a <= b ? a : b);
export const maxDate = (a: ISODate, b: ISODate): ISODate => (a >= b ? a : b);

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: ISODate): number {
  return new Date(toUTC(date)).getUTCDay();
}

/** Whole years from `birth` to `on` (age on a date). */
export function yearsBetween(birth: ISODate, on: ISODate): number {
  const [by, bm, bd] = parts(birth);
  const [oy, om, od] = parts(on);
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

const BRUSSELS_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Brussels",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

const BRUSSELS_MINUTE = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Brussels",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The calendar date in Brussels at an instant. */
export function dateInBrussels(instant: Date): ISODate {
  return BRUSSELS_DAY.format(instant);
}

export function todayInBrussels(now: Date = new Date()): ISODate {
  return dateInBrussels(now);
}

/** The instant → "2026-11-22T14:30" on Brussels clocks (what a datetime-local input shows). */
export function instantToBrusselsLocal(instant: Date): string {
  const p = Object.fromEntries(BRUSSELS_MINUTE.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** "2026-11-22T14:30" on Brussels clocks → the instant (the offset in force at that time: +1 or +2). */
export function brusselsLocalToInstant(local: string): Date {
  const asUtc = new Date(`${local}:00Z`);
  const shown = new Date(`${instantToBrusselsLocal(asUtc)}:00Z`);
  return new Date(asUtc.getTime() - (shown.getTime() - asUtc.getTime()));
}

/** The instant a Brussels calendar day starts (handles summer time). */
export function brusselsMidnight(date: ISODate): Date {
  return brusselsLocalToInstant(`${date}T00:00`);
}

/** Prisma returns @db.Date columns as UTC midnights; this turns them back into calendar dates. */
export function fromDbDate(value: Date): ISODate;
export function fromDbDate(value: Date | null): ISODate | null;
export function fromDbDate(value: Date | null): ISODate | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

export function toDbDate(value: ISODate): Date;
export function toDbDate(value: ISODate | null | undefined): Date | null;
export function toDbDate(value: ISODate | null | undefined): Date | null {
  return value ? dayDate(value) : null;
}

/** A calendar date as the UTC midnight that Intl formats back to the same day (lib/i18n/format.ts). */
export function dayDate(date: ISODate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
