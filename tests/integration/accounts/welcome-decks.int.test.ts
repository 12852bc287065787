import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listPublishedDecks } from "@/lib/decks/browse";
import { loadCurriculum } from "@/lib/decks/curriculum";
import { seedCurriculum } from "@/lib/decks/seed-curriculum";
import { isPreselectedDeck } from "@/lib/onboarding/schemas";
import { makeDeck, makeUser } from "@/tests/helpers/factories";

// The e2e run found this: an instructor's published copy of a section deck (chapter "4.1")
// was ticked on /welcome beside the curriculum's own, so a new learner enrolled in both.
describe("the decks /welcome ticks for a new learner", () => {
  it("are the curriculum's four section decks, not an instructor's deck with a section number", async () => {
    await seedCurriculum(db, loadCurriculum().decks);
    const instructor = await makeUser({ role: "INSTRUCTOR" });
    const copy = await makeDeck(instructor.id, { title: "My copy of 4.1" });
    await db.deck.update({ where: { id: copy.id }, data: { chapter: "4.1" } });
    const learner = await makeUser();

    const decks = await listPublishedDecks(learner.id);
    expect(decks.find((d) => d.id === copy.id)).toMatchObject({ chapter: "4.1", fromCurriculum: false });
    const ticked = decks.filter(isPreselectedDeck).map((d) => d.chapter);
    expect(ticked.sort()).toEqual(["4.1", "4.2", "4.3", "4.4"]);
    expect(decks.find((d) => d.chapter === "5")).toMatchObject({ fromCurriculum: true });
  });
});
