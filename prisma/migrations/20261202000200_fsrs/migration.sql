-- FSRS beside SM-2 (issue 12): the learner's scheduler and desired retention, FSRS memory state on
-- each card, the predicted recall on each review, and fitted parameters per learner.

-- CreateEnum
CREATE TYPE "Scheduler" AS ENUM ('SM2', 'FSRS');

-- AlterTable
ALTER TABLE "User" ADD COLUMN "scheduler" "Scheduler" NOT NULL DEFAULT 'SM2',
ADD COLUMN "desiredRetention" DOUBLE PRECISION NOT NULL DEFAULT 0.9;

-- AlterTable
ALTER TABLE "ReviewState" ADD COLUMN "fsrsStability" DOUBLE PRECISION,
ADD COLUMN "fsrsDifficulty" DOUBLE PRECISION,
ADD COLUMN "fsrsPhase" INTEGER,
ADD COLUMN "fsrsStep" INTEGER,
ADD COLUMN "fsrsDueAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN "predictedR" DOUBLE PRECISION,
ADD COLUMN "scheduler" "Scheduler" NOT NULL DEFAULT 'SM2';

-- CreateTable
CREATE TABLE "FsrsModel" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "modelTag" TEXT NOT NULL,
    "parameters" DOUBLE PRECISION[],
    "fittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewCount" INTEGER NOT NULL,
    "logLoss" DOUBLE PRECISION,
    "rmseBins" DOUBLE PRECISION,
    "baselineLogLoss" DOUBLE PRECISION,
    "adopted" BOOLEAN NOT NULL,
    "reason" TEXT,

    CONSTRAINT "FsrsModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FsrsModel_userId_fittedAt_idx" ON "FsrsModel"("userId", "fittedAt");

-- AddForeignKey
ALTER TABLE "FsrsModel" ADD CONSTRAINT "FsrsModel_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
