import "server-only";

import { revalidatePath } from "next/cache";

/** After a change to a member file: the file pages, the caseload and the physician's queue show it. */
export function revalidateMemberViews(): void {
  revalidatePath("/members/[id]", "page");
  revalidatePath("/caseload");
  revalidatePath("/queue");
}
