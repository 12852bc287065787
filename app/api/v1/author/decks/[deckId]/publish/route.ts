import { publishDeckEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { publishDeck } from "@/lib/authoring/decks";

export const POST = handle(publishDeckEp, ({ user, params }) => publishDeck(user, params.deckId));
