-- Decks are found by id or slug, so a slug must never pass for a deck id (lib/authoring/schemas.ts,
-- looksLikeDeckId). Data only: slugs written before the rule that look like a cuid, or equal another
-- deck's id, get a "deck-" prefix. No schema change.
UPDATE "Deck" AS d
SET slug = 'deck-' || d.slug, "updatedAt" = now()
WHERE d.slug ~ '^c[a-z0-9]{24}$'
   OR EXISTS (SELECT 1 FROM "Deck" AS o WHERE o.id = d.slug AND o.id <> d.id);
