// Contacts, pure: who may still edit a contact.

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
