import { handle } from "@/lib/api/handler";
import { getDeckEp } from "@/lib/api/endpoints/decks";
import { getPublishedDeck } from "@/lib/decks/browse";

export const GET = handle(getDeckEp, ({ user, params }) => getPublishedDeck(user.id, params.deckId));
