-- CreateIndex
CREATE INDEX "AuditEvent_entity_occurredAt_idx" ON "AuditEvent"("entity", "occurredAt" DESC);

-- reprise:manual begin
-- The employer picker searches with ILIKE '%fragment%' (Prisma's contains/insensitive), which a trigram index
-- on lower("name") cannot serve; pg_trgm's GIN operator class answers ILIKE on the column itself.
DROP INDEX IF EXISTS "Employer_name_trgm_idx";
CREATE INDEX "Employer_name_trgm_idx" ON "Employer" USING gin ("name" gin_trgm_ops);
-- reprise:manual end
