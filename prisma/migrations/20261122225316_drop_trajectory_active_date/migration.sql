-- AlterTable
ALTER TABLE "Trajectory" DROP COLUMN "activeDate";
