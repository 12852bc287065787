-- FSRS counts every same-day step as a review, SM-2's lastReviewedAt does not (drills), so FSRS
-- keeps its own last-review instant to measure elapsed time from.

-- AlterTable
ALTER TABLE "ReviewState" ADD COLUMN "fsrsLastReviewedAt" TIMESTAMP(3);
