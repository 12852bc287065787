import "server-only";
import { db } from "@/lib/db/client";
import { VISIBLE_DECK } from "@/lib/decks/visibility";
import { AppError } from "@/lib/errors";
import type { OnboardingInput, OnboardingResult } from "./schemas";

/**
 * Saves the welcome choices in one transaction (enrolments, settings, onboardedAt), so a
 * bad deck id leaves the learner exactly as before. Enrolling adds: decks the learner
 * already studies stay enrolled, as with the enrolment endpoint.
 */
export async function completeOnboarding(
  userId: string,
  input: OnboardingInput,
  now = new Date(),
): Promise<OnboardingResult> {
  const deckIds = [...new Set(input.deckIds)];
  const visible = await db.deck.findMany({ where: { id: { in: deckIds }, ...VISIBLE_DECK }, select: { id: true } });
  const found = new Set(visible.map((d) => d.id));
  const missing = deckIds.filter((id) => !found.has(id));
  if (missing.length)
    throw new AppError("BAD_REQUEST", "Some decks cannot be chosen.", {
      fields: { deckIds: [`No such published deck: ${missing.join(", ")}`] },
    });
  const user = await db.$transaction(async (tx) => {
    await tx.deckEnrollment.createMany({ data: deckIds.map((deckId) => ({ userId, deckId })), skipDuplicates: true });
    return tx.user.update({
      where: { id: userId },
      data: { timeZone: input.timeZone, newCardsPerDay: input.newCardsPerDay, onboardedAt: now },
      select: { onboardedAt: true },
    });
  });
  return { onboardedAt: (user.onboardedAt ?? now).toISOString(), enrolledDeckIds: deckIds };
}
