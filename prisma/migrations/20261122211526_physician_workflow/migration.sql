-- AlterTable
ALTER TABLE "User" ADD COLUMN     "totpLastUsedStep" INTEGER;

-- AlterTable
ALTER TABLE "Questionnaire" ADD COLUMN     "physicianReadAt" TIMESTAMPTZ(3),
ADD COLUMN     "physicianReadById" UUID;

-- reprise:manual begin (physician workflow: questionnaire reading, queue indexes, renewals)
-- Who marked a returned questionnaire as read is a user; both are set together.
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_physicianReadById_fkey" FOREIGN KEY ("physicianReadById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_read_by_whom" CHECK (("physicianReadAt" IS NULL) = ("physicianReadById" IS NULL));
-- The physician's work queue: returned questionnaires nobody has read yet, and open deadlines per rule.
CREATE INDEX "Questionnaire_unread_returned_idx" ON "Questionnaire"("returnedDate") WHERE "returnedDate" IS NOT NULL AND "physicianReadAt" IS NULL;
CREATE INDEX "Deadline_open_rule_due_idx" ON "Deadline"("rule", "dueDate", "memberId") WHERE "metDate" IS NULL;
-- V18: each grant lasts at most two years — from the start for the first grant, from the renewal decision for
-- a renewal (lib/activities/rules.ts checkDecision). The first version of this check counted from the start
-- only, which made every renewal beyond the first two years impossible.
ALTER TABLE "AuthorisedActivity" DROP CONSTRAINT "AuthorisedActivity_valid_two_years";
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_valid_two_years" CHECK ("validUntil" IS NULL OR ("validUntil" >= "startDate" AND "validUntil" <= (GREATEST("startDate", COALESCE("decisionDate", "startDate")) + interval '2 years')::date));
-- reprise:manual end
