-- Question bank: tags and quiz-only questions; quizzes draw from pools (by tag or section).

-- AlterTable
ALTER TABLE "Question" ADD COLUMN "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "quizOnly" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN "pools" JSONB NOT NULL DEFAULT '[]';
