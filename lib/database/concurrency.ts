// Optimistic concurrency: an update names the version the user saw; when zero rows match, either someone
// else changed the record (CONFLICT, nothing written) or it is not there for this user (NOT_FOUND).
import { AppError } from "@/lib/errors";

export async function assertVersionedUpdate(count: number, exists: () => Promise<unknown>): Promise<void> {
  if (count === 1) return;
  if (count > 1) throw new Error(`versioned update touched ${count} rows`);
  throw new AppError((await exists()) ? "CONFLICT" : "NOT_FOUND");
}
