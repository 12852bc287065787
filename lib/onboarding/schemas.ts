import { z } from "zod";
import { settingsInputSchema } from "@/lib/srs/schemas";

const settings = settingsInputSchema.shape;

/** What /welcome saves: the decks to study and the two settings a new learner needs first. */
export const onboardingInputSchema = z
  .object({
    deckIds: z.array(z.string().min(1).max(100)).max(50, "At most 50 decks").default([]),
    timeZone: settings.timeZone.unwrap(),
    newCardsPerDay: settings.newCardsPerDay.unwrap(),
  })
  .strict()
  .meta({ id: "OnboardingInput" });
export type OnboardingInput = z.infer<typeof onboardingInputSchema>;

export const onboardingResultSchema = z
  .object({ onboardedAt: z.string(), enrolledDeckIds: z.array(z.string()) })
  .meta({ id: "OnboardingResult" });
export type OnboardingResult = z.infer<typeof onboardingResultSchema>;

/**
 * The decks /welcome ticks for a new learner: the curriculum's own section decks (chapter
 * "4.1" to "4.4"); decks that go beyond the chapter are offered, not chosen for them, and so
 * is an instructor's deck that merely carries a section number (a copy, an imported deck).
 */
export function isPreselectedDeck(deck: { chapter: string | null; fromCurriculum: boolean }): boolean {
  return deck.fromCurriculum && /^\d+\.\d+$/.test(deck.chapter ?? "");
}
