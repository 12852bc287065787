-- The Anki note guid a question was imported from (lib/anki): a learner's Anki review history
-- is matched to questions by it. Null for questions written here.
ALTER TABLE "Question" ADD COLUMN "ankiGuid" TEXT;

CREATE INDEX "Question_ankiGuid_idx" ON "Question"("ankiGuid");
