import { ROLES } from "@/lib/auth/permissions";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";
import { LOCALES } from "@/lib/i18n/config";
import { z, zId, zVersion } from "@/lib/validation";

const teamIdField = z.union([zId(), z.literal("")]);

function requireTeam(value: { role: string; teamId: string }, ctx: z.RefinementCtx) {
  if (value.role !== "ADMIN" && !value.teamId) {
    ctx.addIssue({ code: "custom", path: ["teamId"], message: "teamRequired" });
  }
}

export const ZCreateUserSchema = z
  .object({
    email: z.email().max(320),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    teamId: teamIdField,
    locale: z.enum(LOCALES),
    /** Empty: generate one. */
    password: z.string().max(200),
  })
  .superRefine((value, ctx) => {
    requireTeam(value, ctx);
    if (value.password) {
      for (const problem of checkPasswordPolicy(value.password, value.email)) {
        ctx.addIssue({ code: "custom", path: ["password"], message: problem });
      }
    }
  });
export type TCreateUser = z.infer<typeof ZCreateUserSchema>;

export const ZUpdateUserSchema = z
  .object({
    id: zId(),
    version: zVersion(),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    teamId: teamIdField,
    locale: z.enum(LOCALES),
  })
  .superRefine(requireTeam);
export type TUpdateUser = z.infer<typeof ZUpdateUserSchema>;

export const ZSetUserActiveSchema = z.object({ id: zId(), version: zVersion(), isActive: z.boolean() });
export type TSetUserActive = z.infer<typeof ZSetUserActiveSchema>;

export const ZResetPasswordSchema = z.object({ id: zId(), version: zVersion() });

export const ZSetOwnLocaleSchema = z.object({ locale: z.enum(LOCALES) });

export const ZUserListFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  role: z.enum(ROLES).optional(),
  teamId: zId().optional(),
  status: z.enum(["active", "inactive"]).optional(),
  cursor: z.string().max(500).optional(),
});
export type TUserListFilter = z.infer<typeof ZUserListFilterSchema>;
