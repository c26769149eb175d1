// Contacts, pure: who may still edit a contact, and local times.

export const CONTACT_EDIT_WINDOW_HOURS = 24;

/** Own contacts are editable for 24 hours after they were logged; later, a correction is appended. */
export function canEditContact(
  contact: { authorId: string; createdAt: Date },
  userId: string,
  now: Date,
): boolean {
  return (
    contact.authorId === userId &&
    now.getTime() - contact.createdAt.getTime() <= CONTACT_EDIT_WINDOW_HOURS * 3_600_000
  );
}

/** "2026-11-22T14:30" in Brussels → the instant. */
export function brusselsLocalToInstant(local: string): Date {
  const guess = new Date(`${local}:00Z`);
  const offsetHours =
    Number(
      new Intl.DateTimeFormat("en-GB", {
        timeZone: "Europe/Brussels",
        hour: "2-digit",
        hourCycle: "h23",
      }).format(guess),
    ) - guess.getUTCHours();
  const normalized = ((offsetHours % 24) + 24) % 24;
  return new Date(guess.getTime() - normalized * 3_600_000);
}

/** The instant → "2026-11-22T14:30" in Brussels (for datetime-local inputs). */
export function instantToBrusselsLocal(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Brussels",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
