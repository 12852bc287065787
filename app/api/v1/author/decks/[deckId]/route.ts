import { getAuthorDeckEp, updateDeckEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { getAuthorDeck, updateDeck } from "@/lib/authoring/decks";

export const GET = handle(getAuthorDeckEp, ({ user, params }) => getAuthorDeck(user, params.deckId));
export const PATCH = handle(updateDeckEp, ({ user, params, body }) => updateDeck(user, params.deckId, body));
