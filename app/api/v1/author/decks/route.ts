import { createDeckEp, listAuthorDecksEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { createDeck, listMyDecks } from "@/lib/authoring/decks";

export const GET = handle(listAuthorDecksEp, async ({ user }) => ({ decks: await listMyDecks(user) }));
export const POST = handle(createDeckEp, ({ user, body }) => createDeck(user, body));
