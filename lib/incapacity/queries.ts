import "server-only";

import { fromDbDate, type ISODate } from "@/lib/dates";
import { getDb, type Db } from "@/lib/db";
import { classifyRelapse, type RelapseVerdict } from "@/lib/incapacity/rules";
import { memberWhereForUser, type ScopedUser } from "@/lib/members/access";

export interface RelapseProposal {
  previous: { id: string; startDate: ISODate; endDate: ISODate | null; endReason: string | null };
  verdict: RelapseVerdict;
}

/** The relapse verdict (V4) for a new period starting on `startDate`, against the member's latest period. */
export async function proposeRelapseFor(
  db: Db,
  memberId: string,
  startDate: ISODate,
): Promise<RelapseProposal | null> {
  const periods = await db.incapacityPeriod.findMany({
    where: { memberId },
    select: { id: true, startDate: true, endDate: true, endReason: true, relapseOfId: true },
    orderBy: { startDate: "asc" },
  });
  const before = periods.filter((p) => fromDbDate(p.startDate) < startDate);
  const last = before[before.length - 1];
  if (!last) return null;
  const byId = new Map(periods.map((p) => [p.id, p]));
  let root = last;
  while (root.relapseOfId && byId.has(root.relapseOfId)) root = byId.get(root.relapseOfId)!;
  const previous = {
    id: last.id,
    startDate: fromDbDate(last.startDate),
    endDate: fromDbDate(last.endDate),
    endReason: last.endReason,
  };
  return { previous, verdict: classifyRelapse(previous, startDate, fromDbDate(root.startDate)) };
}

/** For the intake form: would a period starting on `startDate` continue the member's previous one? */
export async function proposeRelapse(
  user: ScopedUser,
  memberId: string,
  startDate: ISODate,
): Promise<RelapseProposal | null> {
  const db = getDb();
  const member = await db.member.findFirst({
    where: { AND: [{ id: memberId }, memberWhereForUser(user)] },
    select: { id: true },
  });
  if (!member) return null;
  return proposeRelapseFor(db, member.id, startDate);
}
