-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('F', 'M', 'X');

-- CreateEnum
CREATE TYPE "MemberLanguage" AS ENUM ('nl', 'fr', 'de', 'en');

-- CreateEnum
CREATE TYPE "Statute" AS ENUM ('EMPLOYEE', 'UNEMPLOYED', 'SELF_EMPLOYED');

-- CreateEnum
CREATE TYPE "WorkType" AS ENUM ('MANUAL', 'INTELLECTUAL');

-- CreateEnum
CREATE TYPE "WorkRegime" AS ENUM ('FULL_TIME', 'PART_TIME');

-- CreateEnum
CREATE TYPE "NaceSection" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U');

-- CreateEnum
CREATE TYPE "EmployerSize" AS ENUM ('MICRO', 'SMALL', 'MEDIUM', 'LARGE');

-- CreateEnum
CREATE TYPE "IncapacityEndReason" AS ENUM ('FULL_RETURN', 'PART_TIME_CONTINUED', 'RETIREMENT', 'DISMISSAL', 'MEDICAL_FORCE_MAJEURE', 'DEATH', 'OTHER');

-- CreateEnum
CREATE TYPE "DiagnosisGroup" AS ENUM ('BURNOUT', 'MENTAL', 'MSK', 'INJURY', 'CANCER', 'NERVOUS', 'CARDIO', 'FIBRO_CFS', 'MULTIPLE', 'DIGESTIVE', 'LONG_COVID', 'OTHER');

-- CreateEnum
CREATE TYPE "TrajectoryInitiative" AS ENUM ('MEMBER', 'ADVISING_PHYSICIAN', 'TEAM');

-- CreateEnum
CREATE TYPE "TrajectoryStatus" AS ENUM ('REFERRED', 'INVITED', 'ACTIVE', 'CLOSED', 'DECLINED', 'REFERRED_OUT');

-- CreateEnum
CREATE TYPE "StopReason" AS ENUM ('HEALTH_NO_LONGER_ALLOWS', 'RESUMED_FULLY', 'CANNOT_WORK', 'NOT_AS_EXPECTED', 'RESUMED_PARTIALLY', 'NO_CONTACT', 'NO_LONGER_USEFUL', 'NOTHING_MORE_TO_OFFER', 'LEFT_INCAPACITY', 'WANTS_TO_RESUME', 'OTHER');

-- CreateEnum
CREATE TYPE "TrajectoryOutcome" AS ENUM ('BACK_AT_WORK', 'BETTER_DIRECTION', 'REGAINED_WISH_TO_WORK', 'MEDICAL_DISMISSAL', 'EXPLORING_WITH_OCCUPATIONAL_PHYSICIAN', 'TRAINING_EMPLOYMENT_SERVICE', 'CAREER_GUIDANCE', 'IN_TRAINING', 'RESIGNED_OR_DISMISSED', 'HEALTH_PROBLEMS', 'NO_RESULT', 'OTHER');

-- CreateEnum
CREATE TYPE "ThirdParty" AS ENUM ('EMPLOYER', 'OCCUPATIONAL_PHYSICIAN', 'TREATING_PHYSICIAN', 'EMPLOYMENT_SERVICE', 'TRAINING_PROVIDER', 'GTB', 'CAREER_GUIDANCE', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('IN_PERSON', 'PHONE', 'VIDEO', 'EMAIL_LETTER', 'HOME_VISIT');

-- CreateEnum
CREATE TYPE "ContactParty" AS ENUM ('MEMBER', 'EMPLOYER', 'OCCUPATIONAL_PHYSICIAN', 'TREATING_PHYSICIAN', 'ADVISING_PHYSICIAN', 'EMPLOYMENT_SERVICE', 'GTB', 'CAREER_GUIDANCE', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralTarget" AS ENUM ('OCCUPATIONAL_PHYSICIAN', 'VDAB', 'FOREM', 'ACTIRIS', 'ADG', 'GTB', 'CAREER_GUIDANCE', 'ADVISING_PHYSICIAN', 'GP_PSYCHOLOGIST_PARAMEDIC', 'EMPLOYER', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AdjustmentType" AS ENUM ('WORKSTATION', 'HOURS', 'SCHEDULE', 'TASKS', 'OTHER_JOB', 'TRAINING', 'TELEWORK', 'TOOLS', 'OTHER');

-- CreateEnum
CREATE TYPE "AdjustmentStatus" AS ENUM ('REQUESTED', 'GRANTED', 'PARTIALLY_GRANTED', 'REFUSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AdjustmentRefusalReason" AS ENUM ('NO_EXPLANATION', 'WORK_ORGANISATION', 'NOT_POSSIBLE_IN_JOB', 'SUPERVISOR_SAW_NO_USE', 'COMPANY_TOO_SMALL', 'TOO_EXPENSIVE', 'IMPACT_ON_COLLEAGUES', 'OTHER');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PENDING', 'AUTHORISED', 'REFUSED', 'WITHDRAWN', 'ENDED');

-- CreateEnum
CREATE TYPE "ActivityDecisionKind" AS ENUM ('AUTHORISED', 'AUTHORISED_FEWER_HOURS', 'REFUSED', 'RENEWED', 'REVIEWED');

-- CreateEnum
CREATE TYPE "ActivityEndReason" AS ENUM ('FULL_RETURN', 'RELAPSE', 'CONTINUED_PART_TIME', 'OTHER');

-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('MANUAL', 'FOLLOW_UP', 'QUESTIONNAIRE_HELP', 'REFERRAL_CHASE');

-- CreateEnum
CREATE TYPE "DeadlineRule" AS ENUM ('QUESTIONNAIRE_SENT', 'QUESTIONNAIRE_RETURN', 'FIRST_CATEGORY', 'FIRST_CONTACT', 'REFERRAL_RESPONSE', 'ACTIVITY_DECISION', 'ACTIVITY_REVIEW', 'AUTHORISATION_EXPIRY', 'PHASE_INVALIDITY');

-- CreateEnum
CREATE TYPE "Regime" AS ENUM ('PRE_2022', 'TNW_2022', 'TNW_2026');

-- CreateEnum
CREATE TYPE "DeadlineOwner" AS ENUM ('PHYSICIAN', 'COORDINATOR', 'INFORMATION');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'BREAK_GLASS';
ALTER TYPE "AuditAction" ADD VALUE 'API_ACCESS';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "totpEnabledAt" TIMESTAMPTZ(3),
ADD COLUMN     "totpSecret" TEXT;

-- AlterTable
ALTER TABLE "AuthSession" ADD COLUMN     "mfaVerifiedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Employer" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kbo" TEXT,
    "externalId" TEXT,
    "sizeBand" "EmployerSize",
    "sector" "NaceSection",
    "postalCode" TEXT,
    "contactName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "Employer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" UUID NOT NULL,
    "insz" TEXT NOT NULL,
    "externalId" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" "Sex" NOT NULL,
    "language" "MemberLanguage" NOT NULL,
    "region" "Region" NOT NULL,
    "postalCode" TEXT NOT NULL,
    "municipality" TEXT,
    "address" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "statute" "Statute" NOT NULL,
    "workType" "WorkType",
    "workRegime" "WorkRegime",
    "referenceWeeklyHours" DECIMAL(5,2),
    "sector" "NaceSection",
    "employerId" UUID,
    "teamId" UUID NOT NULL,
    "coordinatorId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncapacityPeriod" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "endReason" "IncapacityEndReason",
    "diagnosisGroup" "DiagnosisGroup",
    "certificateContent" TEXT,
    "declarationDate" DATE,
    "relapseOfId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "IncapacityPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Questionnaire" (
    "id" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "sentDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "returnedDate" DATE,
    "helpOfferedDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "Questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CapacityAssessment" (
    "id" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "category" INTEGER NOT NULL,
    "assessedDate" DATE NOT NULL,
    "functionalLimitations" TEXT NOT NULL,
    "medicalNotes" TEXT,
    "nextReviewDate" DATE,
    "physicianId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "CapacityAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Trajectory" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "initiative" "TrajectoryInitiative" NOT NULL,
    "status" "TrajectoryStatus" NOT NULL,
    "coordinatorId" UUID,
    "goAheadDate" DATE,
    "referredDate" DATE NOT NULL,
    "invitedDate" DATE,
    "firstContactDate" DATE,
    "activeDate" DATE,
    "endDate" DATE,
    "stopReason" "StopReason",
    "outcome" "TrajectoryOutcome",
    "endNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "Trajectory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrajectoryTransition" (
    "id" UUID NOT NULL,
    "trajectoryId" UUID NOT NULL,
    "fromStatus" "TrajectoryStatus",
    "toStatus" "TrajectoryStatus" NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "TrajectoryTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanGoal" (
    "id" UUID NOT NULL,
    "trajectoryId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "targetDate" DATE,
    "achievedDate" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "PlanGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" UUID NOT NULL,
    "trajectoryId" UUID NOT NULL,
    "goalId" UUID,
    "description" TEXT NOT NULL,
    "actor" TEXT,
    "dueDate" DATE,
    "doneDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL,
    "trajectoryId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "party" "ThirdParty" NOT NULL,
    "partyName" TEXT,
    "purpose" TEXT NOT NULL,
    "givenDate" DATE NOT NULL,
    "withdrawnDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "trajectoryId" UUID,
    "memberId" UUID NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "channel" "ContactChannel" NOT NULL,
    "party" "ContactParty" NOT NULL,
    "durationMinutes" INTEGER,
    "summary" TEXT NOT NULL,
    "nextAction" TEXT,
    "followUpDate" DATE,
    "followUpDoneAt" TIMESTAMPTZ(3),
    "authorId" UUID NOT NULL,
    "correctsId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" UUID NOT NULL,
    "trajectoryId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "target" "ReferralTarget" NOT NULL,
    "organisation" TEXT,
    "sentDate" DATE NOT NULL,
    "expectedResponseDate" DATE NOT NULL,
    "status" "ReferralStatus" NOT NULL,
    "responseDate" DATE,
    "outcomeNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkAdjustment" (
    "id" UUID NOT NULL,
    "trajectoryId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "employerId" UUID,
    "type" "AdjustmentType" NOT NULL,
    "description" TEXT NOT NULL,
    "requestedDate" DATE NOT NULL,
    "status" "AdjustmentStatus" NOT NULL,
    "decidedDate" DATE,
    "refusalReason" "AdjustmentRefusalReason",
    "explanationGiven" BOOLEAN,
    "motivatedReportDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "WorkAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthorisedActivity" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "trajectoryId" UUID,
    "employerId" UUID,
    "requestReceivedDate" DATE NOT NULL,
    "startDate" DATE NOT NULL,
    "natureOfWork" TEXT NOT NULL,
    "requestedWeeklyHours" DECIMAL(5,2) NOT NULL,
    "authorisedWeeklyHours" DECIMAL(5,2),
    "referenceWeeklyHours" DECIMAL(5,2) NOT NULL,
    "employerCoSigned" BOOLEAN NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "decisionDate" DATE,
    "deciderId" UUID,
    "conditions" TEXT,
    "validUntil" DATE,
    "nextReviewDate" DATE,
    "refusalReason" TEXT,
    "endDate" DATE,
    "endReason" "ActivityEndReason",
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "AuthorisedActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthorisedActivityDecision" (
    "id" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "kind" "ActivityDecisionKind" NOT NULL,
    "decisionDate" DATE NOT NULL,
    "physicianId" UUID NOT NULL,
    "authorisedWeeklyHours" DECIMAL(5,2),
    "conditions" TEXT,
    "validUntil" DATE,
    "nextReviewDate" DATE,
    "refusalReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthorisedActivityDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" UUID NOT NULL,
    "memberId" UUID,
    "assigneeId" UUID NOT NULL,
    "kind" "TaskKind" NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "doneDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deadline" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "rule" "DeadlineRule" NOT NULL,
    "subjectId" UUID NOT NULL,
    "cycle" INTEGER NOT NULL DEFAULT 0,
    "regime" "Regime" NOT NULL,
    "owner" "DeadlineOwner" NOT NULL,
    "dueDate" DATE NOT NULL,
    "metDate" DATE,
    "anchorDate" DATE NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Deadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BreakGlassAccess" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "purpose" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BreakGlassAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "scopes" TEXT[],
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Employer_kbo_key" ON "Employer"("kbo");

-- CreateIndex
CREATE UNIQUE INDEX "Employer_externalId_key" ON "Employer"("externalId");

-- CreateIndex
CREATE INDEX "Employer_name_id_idx" ON "Employer"("name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Member_insz_key" ON "Member"("insz");

-- CreateIndex
CREATE UNIQUE INDEX "Member_externalId_key" ON "Member"("externalId");

-- CreateIndex
CREATE INDEX "Member_coordinatorId_lastName_firstName_id_idx" ON "Member"("coordinatorId", "lastName", "firstName", "id");

-- CreateIndex
CREATE INDEX "Member_teamId_lastName_firstName_id_idx" ON "Member"("teamId", "lastName", "firstName", "id");

-- CreateIndex
CREATE INDEX "Member_birthDate_lastName_idx" ON "Member"("birthDate", "lastName");

-- CreateIndex
CREATE INDEX "Member_employerId_idx" ON "Member"("employerId");

-- CreateIndex
CREATE INDEX "IncapacityPeriod_memberId_startDate_idx" ON "IncapacityPeriod"("memberId", "startDate" DESC);

-- CreateIndex
CREATE INDEX "IncapacityPeriod_startDate_idx" ON "IncapacityPeriod"("startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Questionnaire_periodId_key" ON "Questionnaire"("periodId");

-- CreateIndex
CREATE INDEX "CapacityAssessment_memberId_assessedDate_idx" ON "CapacityAssessment"("memberId", "assessedDate" DESC);

-- CreateIndex
CREATE INDEX "CapacityAssessment_periodId_assessedDate_idx" ON "CapacityAssessment"("periodId", "assessedDate" DESC);

-- CreateIndex
CREATE INDEX "CapacityAssessment_nextReviewDate_idx" ON "CapacityAssessment"("nextReviewDate");

-- CreateIndex
CREATE INDEX "Trajectory_memberId_referredDate_idx" ON "Trajectory"("memberId", "referredDate" DESC);

-- CreateIndex
CREATE INDEX "Trajectory_coordinatorId_status_idx" ON "Trajectory"("coordinatorId", "status");

-- CreateIndex
CREATE INDEX "Trajectory_status_endDate_idx" ON "Trajectory"("status", "endDate");

-- CreateIndex
CREATE INDEX "TrajectoryTransition_trajectoryId_createdAt_idx" ON "TrajectoryTransition"("trajectoryId", "createdAt");

-- CreateIndex
CREATE INDEX "PlanGoal_trajectoryId_position_idx" ON "PlanGoal"("trajectoryId", "position");

-- CreateIndex
CREATE INDEX "PlanAction_trajectoryId_dueDate_idx" ON "PlanAction"("trajectoryId", "dueDate");

-- CreateIndex
CREATE INDEX "PlanAction_goalId_idx" ON "PlanAction"("goalId");

-- CreateIndex
CREATE INDEX "Consent_trajectoryId_party_idx" ON "Consent"("trajectoryId", "party");

-- CreateIndex
CREATE INDEX "Consent_memberId_idx" ON "Consent"("memberId");

-- CreateIndex
CREATE INDEX "Contact_memberId_occurredAt_idx" ON "Contact"("memberId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "Contact_trajectoryId_occurredAt_idx" ON "Contact"("trajectoryId", "occurredAt");

-- CreateIndex
CREATE INDEX "Contact_authorId_occurredAt_idx" ON "Contact"("authorId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "Contact_authorId_followUpDate_idx" ON "Contact"("authorId", "followUpDate");

-- CreateIndex
CREATE INDEX "Referral_trajectoryId_idx" ON "Referral"("trajectoryId");

-- CreateIndex
CREATE INDEX "Referral_memberId_sentDate_idx" ON "Referral"("memberId", "sentDate");

-- CreateIndex
CREATE INDEX "Referral_status_expectedResponseDate_idx" ON "Referral"("status", "expectedResponseDate");

-- CreateIndex
CREATE INDEX "WorkAdjustment_trajectoryId_idx" ON "WorkAdjustment"("trajectoryId");

-- CreateIndex
CREATE INDEX "WorkAdjustment_memberId_idx" ON "WorkAdjustment"("memberId");

-- CreateIndex
CREATE INDEX "WorkAdjustment_status_requestedDate_idx" ON "WorkAdjustment"("status", "requestedDate");

-- CreateIndex
CREATE INDEX "AuthorisedActivity_memberId_startDate_idx" ON "AuthorisedActivity"("memberId", "startDate");

-- CreateIndex
CREATE INDEX "AuthorisedActivity_periodId_idx" ON "AuthorisedActivity"("periodId");

-- CreateIndex
CREATE INDEX "AuthorisedActivity_status_startDate_idx" ON "AuthorisedActivity"("status", "startDate");

-- CreateIndex
CREATE INDEX "AuthorisedActivity_status_nextReviewDate_idx" ON "AuthorisedActivity"("status", "nextReviewDate");

-- CreateIndex
CREATE INDEX "AuthorisedActivity_status_validUntil_idx" ON "AuthorisedActivity"("status", "validUntil");

-- CreateIndex
CREATE INDEX "AuthorisedActivityDecision_activityId_decisionDate_idx" ON "AuthorisedActivityDecision"("activityId", "decisionDate");

-- CreateIndex
CREATE INDEX "Task_assigneeId_doneDate_dueDate_idx" ON "Task"("assigneeId", "doneDate", "dueDate");

-- CreateIndex
CREATE INDEX "Task_memberId_idx" ON "Task"("memberId");

-- CreateIndex
CREATE INDEX "Deadline_rule_dueDate_idx" ON "Deadline"("rule", "dueDate");

-- CreateIndex
CREATE INDEX "Deadline_owner_dueDate_idx" ON "Deadline"("owner", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "Deadline_memberId_rule_subjectId_cycle_key" ON "Deadline"("memberId", "rule", "subjectId", "cycle");

-- CreateIndex
CREATE INDEX "BreakGlassAccess_userId_memberId_expiresAt_idx" ON "BreakGlassAccess"("userId", "memberId", "expiresAt");

-- CreateIndex
CREATE INDEX "BreakGlassAccess_createdAt_idx" ON "BreakGlassAccess"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "RecoveryCode_userId_idx" ON "RecoveryCode"("userId");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncapacityPeriod" ADD CONSTRAINT "IncapacityPeriod_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncapacityPeriod" ADD CONSTRAINT "IncapacityPeriod_relapseOfId_fkey" FOREIGN KEY ("relapseOfId") REFERENCES "IncapacityPeriod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "IncapacityPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacityAssessment" ADD CONSTRAINT "CapacityAssessment_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "IncapacityPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacityAssessment" ADD CONSTRAINT "CapacityAssessment_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacityAssessment" ADD CONSTRAINT "CapacityAssessment_physicianId_fkey" FOREIGN KEY ("physicianId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trajectory" ADD CONSTRAINT "Trajectory_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trajectory" ADD CONSTRAINT "Trajectory_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "IncapacityPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trajectory" ADD CONSTRAINT "Trajectory_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectoryTransition" ADD CONSTRAINT "TrajectoryTransition_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanGoal" ADD CONSTRAINT "PlanGoal_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "PlanGoal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkAdjustment" ADD CONSTRAINT "WorkAdjustment_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkAdjustment" ADD CONSTRAINT "WorkAdjustment_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkAdjustment" ADD CONSTRAINT "WorkAdjustment_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "IncapacityPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_deciderId_fkey" FOREIGN KEY ("deciderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorisedActivityDecision" ADD CONSTRAINT "AuthorisedActivityDecision_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "AuthorisedActivity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorisedActivityDecision" ADD CONSTRAINT "AuthorisedActivityDecision_physicianId_fkey" FOREIGN KEY ("physicianId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BreakGlassAccess" ADD CONSTRAINT "BreakGlassAccess_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BreakGlassAccess" ADD CONSTRAINT "BreakGlassAccess_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- reprise:manual begin (integrity Prisma's schema language cannot express; DOMAIN.md V1–V27)
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Authors of every record are users.
ALTER TABLE "Employer" ADD CONSTRAINT "Employer_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Employer" ADD CONSTRAINT "Employer_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Member" ADD CONSTRAINT "Member_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Member" ADD CONSTRAINT "Member_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "IncapacityPeriod" ADD CONSTRAINT "IncapacityPeriod_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "IncapacityPeriod" ADD CONSTRAINT "IncapacityPeriod_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CapacityAssessment" ADD CONSTRAINT "CapacityAssessment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CapacityAssessment" ADD CONSTRAINT "CapacityAssessment_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Trajectory" ADD CONSTRAINT "Trajectory_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Trajectory" ADD CONSTRAINT "Trajectory_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TrajectoryTransition" ADD CONSTRAINT "TrajectoryTransition_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PlanGoal" ADD CONSTRAINT "PlanGoal_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PlanGoal" ADD CONSTRAINT "PlanGoal_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "WorkAdjustment" ADD CONSTRAINT "WorkAdjustment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "WorkAdjustment" ADD CONSTRAINT "WorkAdjustment_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Task" ADD CONSTRAINT "Task_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Task" ADD CONSTRAINT "Task_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Member: INSZ is 11 digits (the mod-97 check is in lib/members/rules.ts), Belgian postal codes (or abroad).
ALTER TABLE "Member" ADD CONSTRAINT "Member_insz_format" CHECK ("insz" ~ '^[0-9]{11}$');
ALTER TABLE "Member" ADD CONSTRAINT "Member_postalCode_belgian" CHECK ("region" = 'ABROAD' OR "postalCode" ~ '^[1-9][0-9]{3}$');
ALTER TABLE "Member" ADD CONSTRAINT "Member_referenceHours_range" CHECK ("referenceWeeklyHours" IS NULL OR ("referenceWeeklyHours" > 0 AND "referenceWeeklyHours" <= 60));
CREATE INDEX "Member_searchName_trgm_idx" ON "Member" USING gin ("searchName" gin_trgm_ops);

-- Employer: KBO/BCE numbers are 10 digits starting with 0 or 1.
ALTER TABLE "Employer" ADD CONSTRAINT "Employer_kbo_format" CHECK ("kbo" IS NULL OR "kbo" ~ '^[01][0-9]{9}$');
CREATE INDEX "Employer_name_trgm_idx" ON "Employer" USING gin (lower("name") gin_trgm_ops);

-- Incapacity periods (V1, V2): ordered dates, an end reason exactly when ended, no overlap, one open period.
ALTER TABLE "IncapacityPeriod" ADD CONSTRAINT "IncapacityPeriod_dates_ordered" CHECK ("endDate" IS NULL OR "startDate" <= "endDate");
ALTER TABLE "IncapacityPeriod" ADD CONSTRAINT "IncapacityPeriod_end_reason" CHECK (("endDate" IS NULL) = ("endReason" IS NULL));
ALTER TABLE "IncapacityPeriod" ADD CONSTRAINT "IncapacityPeriod_relapse_not_self" CHECK ("relapseOfId" IS NULL OR "relapseOfId" <> "id");
ALTER TABLE "IncapacityPeriod" ADD CONSTRAINT "IncapacityPeriod_no_overlap" EXCLUDE USING gist ("memberId" WITH =, daterange("startDate", "endDate", '[]') WITH &&);
CREATE UNIQUE INDEX "IncapacityPeriod_one_open_per_member" ON "IncapacityPeriod"("memberId") WHERE "endDate" IS NULL;

-- Questionnaire (V7).
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_due_after_sent" CHECK ("dueDate" >= "sentDate");
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_returned_after_sent" CHECK ("returnedDate" IS NULL OR "returnedDate" >= "sentDate");
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_help_after_sent" CHECK ("helpOfferedDate" IS NULL OR "helpOfferedDate" >= "sentDate");

-- Capacity assessment (V8): category 1–4.
ALTER TABLE "CapacityAssessment" ADD CONSTRAINT "CapacityAssessment_category_range" CHECK ("category" BETWEEN 1 AND 4);
ALTER TABLE "CapacityAssessment" ADD CONSTRAINT "CapacityAssessment_review_after_assessment" CHECK ("nextReviewDate" IS NULL OR "nextReviewDate" > "assessedDate");

-- Trajectory: a closed trajectory carries its end date, stop reason and outcome; one open trajectory a member.
ALTER TABLE "Trajectory" ADD CONSTRAINT "Trajectory_closed_complete" CHECK ("status" <> 'CLOSED' OR ("endDate" IS NOT NULL AND "stopReason" IS NOT NULL AND "outcome" IS NOT NULL));
ALTER TABLE "Trajectory" ADD CONSTRAINT "Trajectory_ended_dated" CHECK ("status" NOT IN ('DECLINED', 'REFERRED_OUT') OR "endDate" IS NOT NULL);
ALTER TABLE "Trajectory" ADD CONSTRAINT "Trajectory_end_after_referral" CHECK ("endDate" IS NULL OR "endDate" >= "referredDate");
CREATE UNIQUE INDEX "Trajectory_one_open_per_member" ON "Trajectory"("memberId") WHERE "status" IN ('REFERRED', 'INVITED', 'ACTIVE');

ALTER TABLE "PlanGoal" ADD CONSTRAINT "PlanGoal_description_present" CHECK (length(trim("description")) > 0);
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_description_present" CHECK (length(trim("description")) > 0);

-- Consent (V11).
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_withdrawn_after_given" CHECK ("withdrawnDate" IS NULL OR "withdrawnDate" >= "givenDate");

-- Contact.
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_duration_range" CHECK ("durationMinutes" IS NULL OR ("durationMinutes" > 0 AND "durationMinutes" <= 1440));
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_correction_not_self" CHECK ("correctsId" IS NULL OR "correctsId" <> "id");
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_summary_present" CHECK (length(trim("summary")) > 0);

-- Referral: answered referrals carry the answer's date.
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_expected_after_sent" CHECK ("expectedResponseDate" >= "sentDate");
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_response_after_sent" CHECK ("responseDate" IS NULL OR "responseDate" >= "sentDate");
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_answered_dated" CHECK ("status" IN ('SENT', 'CANCELLED') OR "responseDate" IS NOT NULL);

-- Work adjustment: decided adjustments are dated; a refusal reason only for (partial) refusals.
ALTER TABLE "WorkAdjustment" ADD CONSTRAINT "WorkAdjustment_decided_after_requested" CHECK ("decidedDate" IS NULL OR "decidedDate" >= "requestedDate");
ALTER TABLE "WorkAdjustment" ADD CONSTRAINT "WorkAdjustment_decision_dated" CHECK ("status" IN ('REQUESTED', 'WITHDRAWN') OR "decidedDate" IS NOT NULL);
ALTER TABLE "WorkAdjustment" ADD CONSTRAINT "WorkAdjustment_refusal_reason" CHECK ("refusalReason" IS NULL OR "status" IN ('REFUSED', 'PARTIALLY_GRANTED'));

-- Authorised activity (V15, V18): 0 < hours < reference hours (so 0 < fraction < 100 %), no 50 % cap,
-- authorised hours at most the requested ones, a grant lasts at most two years.
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_requested_hours" CHECK ("requestedWeeklyHours" > 0 AND "requestedWeeklyHours" < "referenceWeeklyHours");
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_authorised_hours" CHECK ("authorisedWeeklyHours" IS NULL OR ("authorisedWeeklyHours" > 0 AND "authorisedWeeklyHours" <= "requestedWeeklyHours"));
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_reference_hours" CHECK ("referenceWeeklyHours" > 0 AND "referenceWeeklyHours" <= 60);
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_valid_two_years" CHECK ("validUntil" IS NULL OR ("validUntil" >= "startDate" AND "validUntil" <= ("startDate" + interval '2 years')::date));
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_end_after_start" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_decision_complete" CHECK ("status" IN ('PENDING', 'WITHDRAWN') OR ("decisionDate" IS NOT NULL AND "deciderId" IS NOT NULL));
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_authorisation_complete" CHECK ("status" NOT IN ('AUTHORISED', 'ENDED') OR ("authorisedWeeklyHours" IS NOT NULL AND "validUntil" IS NOT NULL));
ALTER TABLE "AuthorisedActivity" ADD CONSTRAINT "AuthorisedActivity_ended_dated" CHECK ((("status" = 'ENDED') = ("endDate" IS NOT NULL)) AND (("endDate" IS NULL) = ("endReason" IS NULL)));
ALTER TABLE "AuthorisedActivityDecision" ADD CONSTRAINT "AuthorisedActivityDecision_hours" CHECK ("authorisedWeeklyHours" IS NULL OR "authorisedWeeklyHours" > 0);

-- Break-glass access states a purpose and expires.
ALTER TABLE "BreakGlassAccess" ADD CONSTRAINT "BreakGlassAccess_purpose_present" CHECK (length(trim("purpose")) >= 10);
ALTER TABLE "BreakGlassAccess" ADD CONSTRAINT "BreakGlassAccess_expires_after_creation" CHECK ("expiresAt" > "createdAt");

-- Open deadlines by due date, per member (caseload, overdue lists).
CREATE INDEX "Deadline_open_member_due_idx" ON "Deadline"("memberId", "dueDate") WHERE "metDate" IS NULL;
CREATE INDEX "Deadline_open_due_idx" ON "Deadline"("dueDate") WHERE "metDate" IS NULL;
-- reprise:manual end
