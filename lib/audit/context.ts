import { recordAudit, type AuditActor, type AuditInput } from "@/lib/audit/audit";
import type { Db } from "@/lib/db";

/** Who is changing something, passed from the action (or a script) down to the mutation and its audit row. */
export interface MutationContext {
  /** Null for scripts (admin CLI, seed); then `actorLabel` names the tool in the audit trail. */
  actor: AuditActor | null;
  requestId?: string | null;
  actorLabel?: string;
}

export function auditActorFields(context: MutationContext) {
  return {
    actor: context.actor,
    actorEmail: context.actor ? undefined : (context.actorLabel ?? "system"),
    requestId: context.requestId,
  };
}

/** Writes the audit row of a change made in `context`, inside the change's transaction. */
export function audit(
  db: Db,
  context: MutationContext,
  event: Omit<AuditInput, "actor" | "actorEmail" | "requestId">,
): Promise<void> {
  return recordAudit(db, { ...auditActorFields(context), ...event });
}
