import "server-only";

import { fromDbDate } from "@/lib/dates";
import type { Db } from "@/lib/db";
import type { ConsentRecord } from "@/lib/consents/rules";

/** All consents of a member, as the consent rules read them. */
export async function loadConsents(db: Db, memberId: string): Promise<ConsentRecord[]> {
  const rows = await db.consent.findMany({
    where: { memberId },
    select: { party: true, givenDate: true, withdrawnDate: true },
  });
  return rows.map((row) => ({
    party: row.party,
    givenDate: fromDbDate(row.givenDate),
    withdrawnDate: fromDbDate(row.withdrawnDate),
  }));
}
