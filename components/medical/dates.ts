// Calendar dates ("YYYY-MM-DD") in the user's language, formatted as UTC midnights so that no time zone moves
// them to the day before.
export const DAY = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" } as const;
export const DAY_LONG = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } as const;

export function dayDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Today in Brussels, as the browser sees it (form defaults). */
export function todayInBrowser(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Brussels",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
