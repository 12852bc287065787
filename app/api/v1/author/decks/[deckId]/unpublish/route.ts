import { unpublishDeckEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { unpublishDeck } from "@/lib/authoring/decks";

export const POST = handle(unpublishDeckEp, ({ user, params }) => unpublishDeck(user, params.deckId));
