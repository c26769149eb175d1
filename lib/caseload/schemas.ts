import { TrajectoryStatus } from "@/lib/generated/prisma/enums";
import { z } from "@/lib/validation";

export const CASELOAD_SORTS = ["name", "nextDeadline", "dayCount"] as const;

/** The caseload's filters, read from the URL (a GET form: bookmarkable, no JavaScript needed). */
export const ZCaseloadFilterSchema = z.object({
  scope: z.enum(["mine", "team"]).default("mine"),
  /** "open": members with an open incapacity period or an open trajectory. */
  state: z.enum(["open", "all"]).default("open"),
  status: z.union([z.enum(TrajectoryStatus), z.literal("NONE")]).optional(),
  category: z.enum(["1", "2", "3", "4", "NONE"]).optional(),
  phase: z.enum(["PRIMARY", "INVALIDITY"]).optional(),
  overdue: z.enum(["1"]).optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(CASELOAD_SORTS).default("name"),
  cursor: z.string().max(500).optional(),
});
export type TCaseloadFilter = z.infer<typeof ZCaseloadFilterSchema>;
