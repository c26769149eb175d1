import "server-only";

import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { ScopedUser } from "@/lib/members/access";

/**
 * Whether `user` may open this member by stating a purpose: the member exists (outside their scope — the
 * caller already found it is not inside) and the role may break glass. Nothing about the member is revealed.
 */
export async function canOpenWithPurpose(user: ScopedUser, memberId: string): Promise<boolean> {
  if (!can(user, "breakGlass.use")) return false;
  return (await getDb().member.count({ where: { id: memberId } })) === 1;
}
