-- Accounts that exist before onboarding did already chose their decks and settings
-- elsewhere, so they count as onboarded and are never sent to /welcome.
ALTER TABLE "User" ADD COLUMN "onboardedAt" TIMESTAMP(3);
UPDATE "User" SET "onboardedAt" = "createdAt";
