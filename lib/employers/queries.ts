import "server-only";

import { getDb } from "@/lib/db";
import { normaliseKbo } from "@/lib/members/rules";

export interface EmployerOption {
  id: string;
  name: string;
  kbo: string | null;
  postalCode: string | null;
}

/**
 * Employers matching a name fragment (trigram index) or an enterprise number, for pickers. Employers are not
 * personal data of members; every user who may edit members may search them.
 */
export async function searchEmployers(query: string, limit = 20): Promise<EmployerOption[]> {
  const text = query.trim();
  if (text.length < 2) return [];
  const kbo = normaliseKbo(text);
  return getDb().employer.findMany({
    where: /^\d{10}$/.test(kbo) ? { kbo } : { name: { contains: text, mode: "insensitive" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, name: true, kbo: true, postalCode: true },
  });
}
