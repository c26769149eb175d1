-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('REFERRAL', 'WORK_ADJUSTMENTS', 'RETURN_TO_WORK', 'PRE_RETURN_VISIT', 'TREATMENT_AND_WORK', 'TRAINING', 'OTHER');

-- AlterTable (existing consents start as OTHER, keeping their words, until recognised below)
ALTER TABLE "Consent" ADD COLUMN     "purposeCode" "ConsentPurpose" NOT NULL DEFAULT 'OTHER',
ALTER COLUMN "purpose" DROP NOT NULL;

-- The consent forms pre-filled the purpose in the interface language and the demo generator wrote it in the
-- member's, so the same purpose read "Referral to VDAB" to one user and "Doorverwijzing naar VDAB" to the
-- next (issue 11). Texts that are one of those pre-filled purposes become their code, written in the
-- reader's language at display; anything a coordinator typed stays OTHER with their words.
UPDATE "Consent" SET "purposeCode" = 'REFERRAL', "purpose" = NULL
WHERE "purpose" ~ '^(Referral to|Doorverwijzing naar|Orientation vers|Weiterleitung an) '
   OR "purpose" IN (
     'Doorverwijzing en opvolging door de dienst voor arbeidsbemiddeling',
     'Orientation et suivi par le service de l''emploi',
     'Weiterleitung und Begleitung durch das Arbeitsamt',
     'Gespecialiseerde trajectbegeleiding', 'Accompagnement spécialisé', 'Spezialisierte Begleitung',
     'Loopbaanbegeleiding', 'Orientation professionnelle', 'Laufbahnberatung');
UPDATE "Consent" SET "purposeCode" = 'WORK_ADJUSTMENTS', "purpose" = NULL
WHERE "purpose" IN (
  'Discuss work adjustments with the employer',
  'Aanpassingen van het werk bespreken met de werkgever',
  'Discuter d''aménagements du travail avec l''employeur',
  'Arbeitsanpassungen mit dem Arbeitgeber besprechen');
UPDATE "Consent" SET "purposeCode" = 'RETURN_TO_WORK', "purpose" = NULL
WHERE "purpose" IN (
  'Overleg over werkhervatting en aangepast werk',
  'Concertation sur la reprise et le travail adapté',
  'Absprache über Wiederaufnahme und angepasste Arbeit');
UPDATE "Consent" SET "purposeCode" = 'PRE_RETURN_VISIT', "purpose" = NULL
WHERE "purpose" IN (
  'Gegevens delen voor een bezoek voorafgaand aan de werkhervatting',
  'Partager des informations pour une visite de pré-reprise',
  'Informationen für eine Untersuchung vor der Wiederaufnahme teilen');
UPDATE "Consent" SET "purposeCode" = 'TREATMENT_AND_WORK', "purpose" = NULL
WHERE "purpose" IN (
  'Afstemming over de behandeling en de haalbaarheid van werk',
  'Concertation sur le traitement et la faisabilité du travail',
  'Absprache über Behandlung und Arbeitsfähigkeit');
UPDATE "Consent" SET "purposeCode" = 'TRAINING', "purpose" = NULL
WHERE "purpose" IN (
  'Inschrijving voor een opleiding', 'Inscription à une formation', 'Anmeldung zu einer Weiterbildung');

ALTER TABLE "Consent" ALTER COLUMN "purposeCode" DROP DEFAULT;

-- Add what Prisma's schema language cannot express (checks, exclusion constraints, partial indexes)
-- between these markers; the schema test replays them. Delete the markers if there is nothing to add.
-- reprise:manual begin
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_purpose_words_only_other" CHECK (("purposeCode" = 'OTHER') = ("purpose" IS NOT NULL));
-- reprise:manual end
