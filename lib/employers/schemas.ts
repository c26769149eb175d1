import { EmployerSize, NaceSection } from "@/lib/generated/prisma/enums";
import { checkKbo, isBelgianPostalCode, normaliseKbo } from "@/lib/members/rules";
import { z, zOptionalText, zText } from "@/lib/validation";

const employerFields = {
  name: zText(200),
  /** Empty for an employer abroad. */
  kbo: zOptionalText(20),
  externalId: zOptionalText(60),
  sizeBand: z.union([z.enum(EmployerSize), z.literal("")]),
  sector: z.union([z.enum(NaceSection), z.literal("")]),
  postalCode: zOptionalText(12),
  contactName: zOptionalText(200),
  contactEmail: z.union([z.email().max(320), z.literal("")]),
  contactPhone: zOptionalText(40),
};

function refineEmployer(value: { kbo: string; postalCode: string }, ctx: z.RefinementCtx) {
  if (value.kbo) {
    const problem = checkKbo(normaliseKbo(value.kbo));
    if (problem) ctx.addIssue({ code: "custom", path: ["kbo"], message: `kbo.${problem}` });
  }
  if (
    value.postalCode &&
    !isBelgianPostalCode(value.postalCode) &&
    !/^[A-Z0-9 -]{2,12}$/i.test(value.postalCode)
  ) {
    ctx.addIssue({ code: "custom", path: ["postalCode"], message: "postalCode" });
  }
}

export const ZCreateEmployerSchema = z.object(employerFields).superRefine(refineEmployer);
export type TCreateEmployer = z.infer<typeof ZCreateEmployerSchema>;

/** The employer picker: a name fragment or an enterprise number. */
export const ZEmployerSearchSchema = z.object({ query: z.string().trim().max(100) });
export type TEmployerSearch = z.infer<typeof ZEmployerSearchSchema>;
