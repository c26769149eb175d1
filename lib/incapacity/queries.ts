import "server-only";

import { fromDbDate, toDbDate, type ISODate } from "@/lib/dates";
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
  const last = await db.incapacityPeriod.findFirst({
    where: { memberId, startDate: { lt: toDbDate(startDate) } },
    select: { id: true, startDate: true, endDate: true, endReason: true, episodeStartDate: true },
    orderBy: { startDate: "desc" },
  });
  if (!last) return null;
  const previous = {
    id: last.id,
    startDate: fromDbDate(last.startDate),
    endDate: fromDbDate(last.endDate),
    endReason: last.endReason,
  };
  return {
    previous,
    verdict: classifyRelapse(previous, startDate, fromDbDate(last.episodeStartDate ?? last.startDate)),
  };
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
