// Forms and actions for members and their identity. Shared by the browser (react-hook-form) and the server.
import {
  MemberLanguage,
  NaceSection,
  Region,
  Sex,
  Statute,
  WorkRegime,
  WorkType,
} from "@/lib/generated/prisma/enums";
import { checkInsz, isBelgianPostalCode, normaliseInsz, regionOfPostalCode } from "@/lib/members/rules";
import { z, zDate, zHours, zId, zOptionalText, zText, zVersion } from "@/lib/validation";

const memberFields = {
  insz: z.string().trim().min(1).max(20),
  externalId: zOptionalText(60),
  firstName: zText(100),
  lastName: zText(100),
  birthDate: zDate(),
  sex: z.enum(Sex),
  language: z.enum(MemberLanguage),
  region: z.enum(Region),
  postalCode: z.string().trim().min(1).max(12),
  municipality: zOptionalText(100),
  address: zOptionalText(300),
  phone: zOptionalText(40),
  email: z.union([z.email().max(320), z.literal("")]),
  statute: z.enum(Statute),
  workType: z.union([z.enum(WorkType), z.literal("")]),
  workRegime: z.union([z.enum(WorkRegime), z.literal("")]),
  referenceWeeklyHours: zHours().optional(),
  sector: z.union([z.enum(NaceSection), z.literal("")]),
  employerId: z.union([zId(), z.literal("")]),
};

type MemberShape = { insz: string; birthDate: string; region: string; postalCode: string };

/** Cross-field identity rules: INSZ checksum and birth date (V/INSZ), Belgian postal code in its region. */
function refineIdentity(value: MemberShape, ctx: z.RefinementCtx) {
  const problem = checkInsz(normaliseInsz(value.insz), value.birthDate);
  if (problem) ctx.addIssue({ code: "custom", path: ["insz"], message: `insz.${problem}` });
  if (value.region !== "ABROAD") {
    if (!isBelgianPostalCode(value.postalCode)) {
      ctx.addIssue({ code: "custom", path: ["postalCode"], message: "postalCode" });
    } else if (regionOfPostalCode(value.postalCode) !== value.region) {
      ctx.addIssue({ code: "custom", path: ["region"], message: "regionMismatch" });
    }
  }
}

export const ZCreateMemberSchema = z
  .object({
    ...memberFields,
    coordinatorId: z.union([zId(), z.literal("")]),
    /** Set after the user has seen possible duplicates (same name and birth date) and confirmed. */
    confirmNotDuplicate: z.boolean(),
  })
  .superRefine(refineIdentity);
export type TCreateMember = z.infer<typeof ZCreateMemberSchema>;

export const ZUpdateMemberSchema = z
  .object({ id: zId(), version: zVersion(), ...memberFields })
  .superRefine(refineIdentity);
export type TUpdateMember = z.infer<typeof ZUpdateMemberSchema>;

export const ZReassignMemberSchema = z.object({ memberId: zId(), version: zVersion(), coordinatorId: zId() });
export type TReassignMember = z.infer<typeof ZReassignMemberSchema>;

export const ZDuplicateCheckSchema = z.object({
  insz: z.string().trim().max(20),
  externalId: zOptionalText(60),
  firstName: zOptionalText(100),
  lastName: zOptionalText(100),
  birthDate: z.union([zDate(), z.literal("")]),
});
export type TDuplicateCheck = z.infer<typeof ZDuplicateCheckSchema>;

/** The team page (reassignment): members of the user's team, by coordinator, searched by name or id. */
export const ZTeamMemberFilterSchema = z.object({
  /** A coordinator's id, or "none" for members nobody coordinates. */
  coordinatorId: z.union([zId(), z.literal("none")]).optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(500).optional(),
});
export type TTeamMemberFilter = z.infer<typeof ZTeamMemberFilterSchema>;
