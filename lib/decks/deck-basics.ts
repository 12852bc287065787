import type { Deck } from "@/lib/db/generated/client";

/** The fields of a deck that every deck listing returns as they are, on the learner and the author side. */
export function deckBasics(d: Deck) {
  return {
    id: d.id,
    slug: d.slug,
    title: d.title,
    description: d.description,
    chapter: d.chapter,
    version: d.version,
  };
}
