-- AlterTable
ALTER TABLE "IncapacityPeriod" ADD COLUMN     "episodeStartDate" DATE;

-- reprise:manual begin (the start of a period's relapse chain, kept by the database)
CREATE FUNCTION "IncapacityPeriod_set_episode_start"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."episodeStartDate" := COALESCE(
    (SELECT p."episodeStartDate" FROM "IncapacityPeriod" p WHERE p."id" = NEW."relapseOfId"),
    NEW."startDate");
  RETURN NEW;
END;
$$;
CREATE TRIGGER "IncapacityPeriod_episode_start" BEFORE INSERT OR UPDATE OF "startDate", "relapseOfId" ON "IncapacityPeriod"
  FOR EACH ROW EXECUTE FUNCTION "IncapacityPeriod_set_episode_start"();
UPDATE "IncapacityPeriod" SET "startDate" = "startDate" WHERE "relapseOfId" IS NULL;
UPDATE "IncapacityPeriod" SET "startDate" = "startDate" WHERE "relapseOfId" IS NOT NULL;
ALTER TABLE "IncapacityPeriod" ALTER COLUMN "episodeStartDate" SET NOT NULL;
CREATE INDEX "IncapacityPeriod_open_episode_idx" ON "IncapacityPeriod"("memberId", "episodeStartDate") WHERE "endDate" IS NULL;
-- reprise:manual end
