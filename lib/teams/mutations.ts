import "server-only";

import { diffChanges, recordAudit } from "@/lib/audit/audit";
import { auditActorFields, type MutationContext } from "@/lib/audit/context";
import { assertVersionedUpdate } from "@/lib/database/concurrency";
import { getDb } from "@/lib/db";
import type { TCreateTeam, TUpdateTeam } from "@/lib/teams/schemas";

export async function createTeam(input: TCreateTeam, context: MutationContext): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    const team = await tx.team.create({
      data: { name: input.name.trim(), region: input.region },
      select: { id: true },
    });
    await recordAudit(tx, {
      ...auditActorFields(context),
      action: "CREATE",
      entity: "Team",
      entityId: team.id,
      changes: diffChanges(null, input, ["name", "region"]),
    });
    return team;
  });
}

export async function updateTeam(input: TUpdateTeam, context: MutationContext): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const before = await tx.team.findUnique({ where: { id: input.id } });
    const data = { name: input.name.trim(), region: input.region };
    const { count } = await tx.team.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    await assertVersionedUpdate(count, async () => before);
    await recordAudit(tx, {
      ...auditActorFields(context),
      action: "UPDATE",
      entity: "Team",
      entityId: input.id,
      changes: diffChanges(before, data, ["name", "region"]),
    });
  });
}
