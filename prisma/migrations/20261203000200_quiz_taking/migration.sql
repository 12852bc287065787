-- Flag for review and resume-where-you-left-off live on the attempt: a flag is not an answer
-- (an unanswered question can be flagged), and the position is one per attempt.

-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "flaggedQuestionIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "lastPosition" INTEGER NOT NULL DEFAULT 0;
