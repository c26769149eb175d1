import "server-only";

import { diffChanges } from "@/lib/audit/audit";
import { audit, type MutationContext } from "@/lib/audit/context";
import { getDb } from "@/lib/db";
import type { TCreateEmployer } from "@/lib/employers/schemas";
import { normaliseKbo } from "@/lib/members/rules";

const FIELDS = [
  "name",
  "kbo",
  "externalId",
  "sizeBand",
  "sector",
  "postalCode",
  "contactName",
  "contactEmail",
  "contactPhone",
] as const;

function employerData(input: TCreateEmployer) {
  return {
    name: input.name,
    kbo: input.kbo ? normaliseKbo(input.kbo) : null,
    externalId: input.externalId || null,
    sizeBand: input.sizeBand || null,
    sector: input.sector || null,
    postalCode: input.postalCode || null,
    contactName: input.contactName || null,
    contactEmail: input.contactEmail || null,
    contactPhone: input.contactPhone || null,
  };
}

export async function createEmployer(
  input: TCreateEmployer,
  context: MutationContext,
): Promise<{ id: string }> {
  const data = employerData(input);
  return getDb().$transaction(async (tx) => {
    const employer = await tx.employer.create({
      data: { ...data, createdById: context.actor?.id ?? null, updatedById: context.actor?.id ?? null },
      select: { id: true },
    });
    await audit(tx, context, {
      action: "CREATE",
      entity: "Employer",
      entityId: employer.id,
      changes: diffChanges(null, data, FIELDS),
    });
    return employer;
  });
}
