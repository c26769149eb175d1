// Texts Reprise pre-fills or generates are stored as codes and written in the reader's language (issue 11):
// a consent's purpose and the title of a task Reprise made. The database refuses words where a code says it
// all, and the migrations turn the words earlier versions stored (in whatever language) into those codes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { recordConsent } from "@/lib/consents/mutations";
import { addDays, todayInBrussels } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { manualBlocks } from "@/lib/database/migrations";
import { startTrajectory } from "@/lib/trajectories/mutations";
import { actorOf, makeMemberInIncapacity } from "@/prisma/domain-factories";
import { makeUser } from "@/prisma/factories";

const today = todayInBrussels();

async function trajectoryCase() {
  const coordinator = await makeUser("COORDINATOR");
  const c = await actorOf(coordinator);
  const member = await makeMemberInIncapacity(coordinator, 150);
  const { id: trajectoryId } = await startTrajectory(
    {
      memberId: member.id,
      initiative: "MEMBER",
      referredDate: addDays(today, -40),
      goAheadDate: "",
      coordinatorId: "",
    },
    c,
  );
  return { coordinator, c, member, trajectoryId };
}

/** The SQL of the migration whose folder ends with `name`. */
function migration(name: string): string {
  const dir = path.resolve("prisma/migrations");
  const folder = readdirSync(dir).find((entry) => entry.endsWith(`_${name}`))!;
  return readFileSync(path.join(dir, folder, "migration.sql"), "utf8");
}

/** The migration's data statements (its UPDATEs), as they run on a database holding older rows. */
const updatesOf = (sql: string) => sql.match(/^UPDATE [\s\S]*?;$/gm) ?? [];

describe("consent purposes", () => {
  it("store the code, and the coordinator's words only for another purpose", async () => {
    const { c, trajectoryId } = await trajectoryCase();
    const given = addDays(today, -5);
    const coded = await recordConsent(
      {
        trajectoryId,
        party: "EMPLOYER",
        partyName: "",
        purposeCode: "WORK_ADJUSTMENTS",
        purpose: "typed before the code was picked",
        givenDate: given,
      },
      c,
    );
    const other = await recordConsent(
      {
        trajectoryId,
        party: "OTHER",
        partyName: "OCMW",
        purposeCode: "OTHER",
        purpose: "Budgetbegeleiding",
        givenDate: given,
      },
      c,
    );
    const rows = await getDb().consent.findMany({
      where: { id: { in: [coded.id, other.id] } },
      select: { id: true, purposeCode: true, purpose: true },
    });
    expect(rows.find((row) => row.id === coded.id)).toMatchObject({
      purposeCode: "WORK_ADJUSTMENTS",
      purpose: null,
    });
    expect(rows.find((row) => row.id === other.id)).toMatchObject({
      purposeCode: "OTHER",
      purpose: "Budgetbegeleiding",
    });
  });

  it("are held by the database: words need OTHER, OTHER needs words", async () => {
    const { member, trajectoryId } = await trajectoryCase();
    const insert = (code: string, purpose: string | null) =>
      getDb().$executeRawUnsafe(
        `INSERT INTO "Consent" ("id", "trajectoryId", "memberId", "party", "purposeCode", "purpose", "givenDate", "updatedAt")
         VALUES (gen_random_uuid(), $1::uuid, $2::uuid, 'EMPLOYER', $3::"ConsentPurpose", $4, CURRENT_DATE, now())`,
        trajectoryId,
        member.id,
        code,
        purpose,
      );
    await expect(insert("REFERRAL", "Referral to VDAB")).rejects.toThrow(/Consent_purpose_words_only_other/);
    await expect(insert("OTHER", null)).rejects.toThrow(/Consent_purpose_words_only_other/);
  });

  it("become codes when migrated from the words earlier versions stored, in any language", async () => {
    const { member, trajectoryId } = await trajectoryCase();
    const db = getDb();
    await db.$executeRawUnsafe(`ALTER TABLE "Consent" DROP CONSTRAINT "Consent_purpose_words_only_other"`);
    const before: [string, string | null][] = [
      ["Referral to VDAB", "REFERRAL"],
      ["Doorverwijzing naar Arbeidsarts", "REFERRAL"],
      ["Orientation vers Le Forem", "REFERRAL"],
      ["Discuss work adjustments with the employer", "WORK_ADJUSTMENTS"],
      ["Discuter d'aménagements du travail avec l'employeur", "WORK_ADJUSTMENTS"],
      ["Overleg over werkhervatting en aangepast werk", "RETURN_TO_WORK"],
      ["Partager des informations pour une visite de pré-reprise", "PRE_RETURN_VISIT"],
      ["Absprache über Behandlung und Arbeitsfähigkeit", "TREATMENT_AND_WORK"],
      ["Inschrijving voor een opleiding", "TRAINING"],
      ["Laufbahnberatung", "REFERRAL"],
      ["Job coaching towards adapted work", null],
    ];
    for (const [purpose] of before) {
      await db.$executeRawUnsafe(
        `INSERT INTO "Consent" ("id", "trajectoryId", "memberId", "party", "purposeCode", "purpose", "givenDate", "updatedAt")
         VALUES (gen_random_uuid(), $1::uuid, $2::uuid, 'EMPLOYER', 'OTHER', $3, CURRENT_DATE, now())`,
        trajectoryId,
        member.id,
        purpose,
      );
    }
    const sql = migration("consent_purpose_code");
    for (const statement of updatesOf(sql)) await db.$executeRawUnsafe(statement);
    for (const block of manualBlocks(sql)) await db.$executeRawUnsafe(block); // validates every row

    const rows = await db.consent.findMany({ where: { memberId: member.id }, orderBy: { id: "asc" } });
    const byOriginal = before.map(([purpose, code]) => ({
      purpose,
      stored: rows.find((row) => (code ? row.purposeCode === code : row.purpose === purpose)),
    }));
    for (const { purpose, stored } of byOriginal) expect(stored, purpose).toBeDefined();
    expect(rows.filter((row) => row.purposeCode !== "OTHER").every((row) => row.purpose === null)).toBe(true);
    expect(rows.filter((row) => row.purposeCode === "OTHER").map((row) => row.purpose)).toEqual([
      "Job coaching towards adapted work",
    ]);
  });
});

describe("task titles", () => {
  it("are stored for manual tasks only, and a title stored for a generated task is dropped by the migration", async () => {
    const { coordinator, member } = await trajectoryCase();
    const db = getDb();
    const insert = (kind: string, title: string | null) =>
      db.$executeRawUnsafe(
        `INSERT INTO "Task" ("id", "memberId", "assigneeId", "kind", "title", "dueDate", "updatedAt")
         VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::"TaskKind", $4, CURRENT_DATE, now())`,
        member.id,
        coordinator.id,
        kind,
        title,
      );
    await expect(insert("QUESTIONNAIRE_HELP", "Hulp bieden bij de vragenlijst")).rejects.toThrow(
      /Task_title_only_manual/,
    );
    await expect(insert("MANUAL", null)).rejects.toThrow(/Task_title_only_manual/);

    await db.$executeRawUnsafe(`ALTER TABLE "Task" DROP CONSTRAINT "Task_title_only_manual"`);
    await insert("QUESTIONNAIRE_HELP", "Hulp bieden bij de vragenlijst");
    await insert("REFERRAL_CHASE", "Relancer l'orientation : pas encore de réponse");
    await insert("MANUAL", "Werkgever bellen");
    const sql = migration("task_title_from_kind");
    for (const statement of updatesOf(sql)) await db.$executeRawUnsafe(statement);
    for (const block of manualBlocks(sql)) await db.$executeRawUnsafe(block);
    const tasks = await db.task.findMany({ where: { memberId: member.id }, orderBy: { kind: "asc" } });
    expect(tasks.map((task) => [task.kind, task.title])).toEqual([
      ["MANUAL", "Werkgever bellen"],
      ["QUESTIONNAIRE_HELP", null],
      ["REFERRAL_CHASE", null],
    ]);
  });
});
