-- New questions wait for their deck's publish: a question an author adds to (or duplicates in) a
-- published deck has no publishedAt until "Publish new version", and learners do not see it.

-- AlterTable: every existing question counts as published (the default fills the existing rows).
ALTER TABLE "Question" ADD COLUMN "publishedAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP;
