import { z, zId, zVersion } from "@/lib/validation";

export const REGIONS = ["FLANDERS", "WALLONIA", "BRUSSELS", "GERMAN_SPEAKING", "ABROAD"] as const;

export const ZCreateTeamSchema = z.object({
  name: z.string().trim().min(2).max(120),
  region: z.enum(REGIONS),
});
export type TCreateTeam = z.infer<typeof ZCreateTeamSchema>;

export const ZUpdateTeamSchema = ZCreateTeamSchema.extend({ id: zId(), version: zVersion() });
export type TUpdateTeam = z.infer<typeof ZUpdateTeamSchema>;
