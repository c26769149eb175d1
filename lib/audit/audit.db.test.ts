import { describe, expect, it } from "vitest";

import { diffChanges, MASKED, recordAudit } from "@/lib/audit/audit";
import { ALL_MEDICAL_KEYS } from "@/lib/medical/access";
import { getDb } from "@/lib/db";

describe("audit rows share the change's transaction", () => {
  it("commit together", async () => {
    const db = getDb();
    const team = await db.$transaction(async (tx) => {
      const created = await tx.team.create({ data: { name: "Audit commit team", region: "BRUSSELS" } });
      await recordAudit(tx, {
        actor: null,
        actorEmail: "test",
        action: "CREATE",
        entity: "Team",
        entityId: created.id,
      });
      return created;
    });
    expect(await db.auditEvent.count({ where: { entity: "Team", entityId: team.id } })).toBe(1);
  });

  it("roll back together", async () => {
    const db = getDb();
    const name = "Audit rollback team";
    let createdId = "";
    await expect(
      db.$transaction(async (tx) => {
        const created = await tx.team.create({ data: { name, region: "FLANDERS" } });
        createdId = created.id;
        await recordAudit(tx, {
          actor: null,
          actorEmail: "test",
          action: "CREATE",
          entity: "Team",
          entityId: created.id,
        });
        throw new Error("the change fails after its audit row was written");
      }),
    ).rejects.toThrow(/change fails/);
    expect(await db.team.count({ where: { name } })).toBe(0);
    expect(createdId).not.toBe("");
    expect(await db.auditEvent.count({ where: { entity: "Team", entityId: createdId } })).toBe(0);
  });
});

describe("diffChanges", () => {
  it("records only changed fields and masks medical values", () => {
    const changes = diffChanges(
      { name: "A", diagnosisGroup: "BURNOUT", startDate: new Date("2026-01-01T00:00:00Z") },
      { name: "B", diagnosisGroup: "MSK", startDate: new Date("2026-01-01T00:00:00Z") },
    );
    expect(changes).toEqual({
      name: { before: "A", after: "B" },
      diagnosisGroup: { before: MASKED, after: MASKED },
    });
  });

  it("masks every medical column and the credentials, whatever the model", () => {
    for (const field of [...ALL_MEDICAL_KEYS, "passwordHash", "totpSecret"]) {
      expect(diffChanges({ [field]: "old secret" }, { [field]: "new secret" })).toEqual({
        [field]: { before: MASKED, after: MASKED },
      });
    }
    expect(diffChanges(null, { medicalNotes: null })).toEqual({
      medicalNotes: { before: undefined, after: null },
    });
  });
});
