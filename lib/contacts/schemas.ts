import { ContactChannel, ContactParty } from "@/lib/generated/prisma/enums";
import { z, zId, zOptionalDate, zOptionalText, zText, zVersion } from "@/lib/validation";

const contactFields = {
  /** Local date and time "YYYY-MM-DDTHH:mm" (Europe/Brussels), as a datetime-local input gives it. */
  occurredAt: z
    .string()
    .min(1)
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "invalidDateTime"),
  channel: z.enum(ContactChannel),
  party: z.enum(ContactParty),
  durationMinutes: z.number().int().min(1).max(1440).optional(),
  summary: zText(4000),
  nextAction: zOptionalText(1000).optional(),
  followUpDate: zOptionalDate(),
};

/** The quick-log: one form, keyboard only, from the caseload or the member file. */
export const ZLogContactSchema = z.object({ memberId: zId(), ...contactFields });
export type TLogContact = z.infer<typeof ZLogContactSchema>;

/** Own contacts can be edited for 24 hours; afterwards a correction is appended instead. */
export const ZEditContactSchema = z.object({ contactId: zId(), version: zVersion(), ...contactFields });
export type TEditContact = z.infer<typeof ZEditContactSchema>;

export const ZCorrectContactSchema = z.object({ contactId: zId(), summary: zText(4000) });
export type TCorrectContact = z.infer<typeof ZCorrectContactSchema>;

export const ZCompleteFollowUpSchema = z.object({ contactId: zId(), version: zVersion() });
