import { refineDateRange, z } from "@/lib/validation";

/** Filters of the access report (a GET form). */
export const ZAccessReportFilterSchema = refineDateRange(
  z.object({
    /** Name or e-mail of the user who opened the file. */
    user: z.string().trim().max(320).optional(),
    role: z.enum(["COORDINATOR", "ADVISING_PHYSICIAN"]).optional(),
    /** The team of the member whose file was opened. */
    teamId: z.uuid().optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    cursor: z.string().max(500).optional(),
  }),
);
export type TAccessReportFilter = z.infer<typeof ZAccessReportFilterSchema>;
