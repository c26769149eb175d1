-- CreateEnum
CREATE TYPE "DeadlineVariant" AS ENUM ('DEFAULT', 'MEMBER_REQUEST', 'SELF_EMPLOYED', 'SET_REVIEW', 'PRE_TNW');

-- AlterTable
ALTER TABLE "Deadline" ADD COLUMN     "variant" "DeadlineVariant" NOT NULL DEFAULT 'DEFAULT';
