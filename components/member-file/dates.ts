// Calendar dates ("YYYY-MM-DD") shown in the user's language: formatted as UTC midnights so that no time zone
// moves them to the day before.
export const DAY_FORMAT = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" } as const;

export function dayDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Today in Brussels, as the browser sees it (form defaults). */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Brussels",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
