import { z } from "@/lib/validation";

/** The physician's queues (DOMAIN.md workflow steps 3 and 5; issue 5). */
export const QUEUE_KINDS = [
  "FIRST_CATEGORY",
  "ACTIVITY_DECISION",
  "REVIEW",
  "AUTHORISATION_EXPIRY",
  "QUESTIONNAIRE",
] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

export const DUE_WINDOWS = ["overdue", "week", "month"] as const;
export type DueWindow = (typeof DUE_WINDOWS)[number];

/** The queue's filters, from the URL (a GET form: bookmarkable, works without JavaScript). */
export const ZQueueFilterSchema = z.object({
  kind: z.enum(QUEUE_KINDS).optional(),
  teamId: z.uuid().optional(),
  due: z.enum(DUE_WINDOWS).optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(500).optional(),
});
export type TQueueFilter = z.infer<typeof ZQueueFilterSchema>;
