import { z, zId } from "@/lib/validation";

/** Opening a member outside one's own scope needs a stated purpose, which is audited (break-glass). */
export const ZBreakGlassSchema = z.object({
  memberId: zId(),
  purpose: z.string().trim().min(10).max(500),
});
export type TBreakGlass = z.infer<typeof ZBreakGlassSchema>;
