-- Question versions: attempts and reviews pin the version they used; edits to a published deck
-- wait in draft versions until the deck publishes them together.

-- AlterTable
ALTER TABLE "Question" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN "questionVersion" INTEGER;

-- CreateTable
CREATE TABLE "QuestionVersion" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "type" "QuestionType" NOT NULL,
    "prompt" TEXT NOT NULL,
    "explanation" TEXT NOT NULL DEFAULT '',
    "payload" JSONB NOT NULL,
    "section" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QuestionVersion_questionId_version_key" ON "QuestionVersion"("questionId", "version");

-- AddForeignKey
ALTER TABLE "QuestionVersion" ADD CONSTRAINT "QuestionVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: every existing question's content becomes its version 1. It counts as published when
-- its deck is or ever was (publishing bumps Deck.version past 1): learners may have seen it.
INSERT INTO "QuestionVersion" ("id", "questionId", "version", "type", "prompt", "explanation", "payload", "section", "publishedAt", "createdAt")
SELECT 'qv-' || q."id" || '-1', q."id", 1, q."type", q."prompt", q."explanation", q."payload", q."section",
       CASE WHEN d."status" = 'PUBLISHED' OR d."version" > 1 THEN q."updatedAt" ELSE NULL END, q."updatedAt"
FROM "Question" q JOIN "Deck" d ON d."id" = q."deckId";
