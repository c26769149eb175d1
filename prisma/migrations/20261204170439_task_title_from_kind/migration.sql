-- AlterTable
ALTER TABLE "Task" ALTER COLUMN "title" DROP NOT NULL;

-- Tasks Reprise made stored their title in the language of whoever generated them (Dutch for a Flemish
-- member, whatever the reader's language); their kind says it all, so the title goes and is rendered from
-- the kind at display (issue 11).
UPDATE "Task" SET "title" = NULL WHERE "kind" <> 'MANUAL';

-- Add what Prisma's schema language cannot express (checks, exclusion constraints, partial indexes)
-- between these markers; the schema test replays them. Delete the markers if there is nothing to add.
-- reprise:manual begin
ALTER TABLE "Task" ADD CONSTRAINT "Task_title_only_manual" CHECK (("kind" = 'MANUAL') = ("title" IS NOT NULL));
-- reprise:manual end
