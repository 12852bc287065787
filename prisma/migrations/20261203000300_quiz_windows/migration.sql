-- Issue #13 item 3: quiz windows, a review-options matrix and per-learner overrides.

-- The review options replace the three-valued AnswerPolicy with Moodle's matrix (when × what).
-- Each old value becomes the matrix that shows exactly what it showed: AFTER_EACH_ATTEMPT
-- everything at every time; AFTER_LAST_ATTEMPT the score until the quiz is closed for the learner
-- (no attempts left, or past the close time), then answers and explanations too; NEVER only the
-- score. The old column is then dropped so there is one source of truth.
ALTER TABLE "Quiz" ADD COLUMN "reviewOptions" JSONB NOT NULL DEFAULT '{"immediately":{"marks":true,"answers":true,"explanations":true},"later":{"marks":true,"answers":true,"explanations":true},"afterClose":{"marks":true,"answers":true,"explanations":true}}';
ALTER TABLE "Quiz" ADD COLUMN "opensAt" TIMESTAMP(3);
ALTER TABLE "Quiz" ADD COLUMN "closesAt" TIMESTAMP(3);

UPDATE "Quiz" SET "reviewOptions" = CASE "showAnswers"
  WHEN 'AFTER_LAST_ATTEMPT' THEN '{"immediately":{"marks":true,"answers":false,"explanations":false},"later":{"marks":true,"answers":false,"explanations":false},"afterClose":{"marks":true,"answers":true,"explanations":true}}'::jsonb
  WHEN 'NEVER' THEN '{"immediately":{"marks":true,"answers":false,"explanations":false},"later":{"marks":true,"answers":false,"explanations":false},"afterClose":{"marks":true,"answers":false,"explanations":false}}'::jsonb
  ELSE '{"immediately":{"marks":true,"answers":true,"explanations":true},"later":{"marks":true,"answers":true,"explanations":true},"afterClose":{"marks":true,"answers":true,"explanations":true}}'::jsonb
END;

ALTER TABLE "Quiz" DROP COLUMN "showAnswers";
DROP TYPE "AnswerPolicy";

-- CreateTable
CREATE TABLE "QuizOverride" (
    "id" TEXT NOT NULL,
    "quizId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "timeFactor" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "extraAttempts" INTEGER NOT NULL DEFAULT 0,
    "closesAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuizOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QuizOverride_quizId_userId_key" ON "QuizOverride"("quizId", "userId");

-- CreateIndex
CREATE INDEX "QuizOverride_userId_idx" ON "QuizOverride"("userId");

-- AddForeignKey
ALTER TABLE "QuizOverride" ADD CONSTRAINT "QuizOverride_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizOverride" ADD CONSTRAINT "QuizOverride_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
