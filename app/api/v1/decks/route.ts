import { handle } from "@/lib/api/handler";
import { listDecksEp } from "@/lib/api/endpoints/decks";
import { listPublishedDecks } from "@/lib/decks/browse";

export const GET = handle(listDecksEp, async ({ user }) => ({ decks: await listPublishedDecks(user.id) }));
