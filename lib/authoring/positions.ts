/** Deck positions (used by the import service inside its transaction). */
import type { Tx } from "@/lib/db/client";

/** Serializes structural changes of one deck (positions), so concurrent adds and reorders cannot interleave. */
export async function lockDeck(tx: Tx, deckId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Deck" WHERE id = ${deckId} FOR UPDATE`;
}

/** The position after the deck's last question (archived ones included). */
export async function nextPosition(tx: Tx, deckId: string): Promise<number> {
  const max = await tx.question.aggregate({ where: { deckId }, _max: { position: true } });
  return (max._max.position ?? -1) + 1;
}
