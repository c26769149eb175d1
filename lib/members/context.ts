import type { MutationContext } from "@/lib/audit/context";
import type { ScopedUser } from "@/lib/members/access";

/** A change to member files is always made by a signed-in user, whose scope decides what they may touch. */
export interface MemberContext extends MutationContext {
  actor: ScopedUser;
}
