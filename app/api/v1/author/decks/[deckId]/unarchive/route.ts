import { unarchiveDeckEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { setDeckArchived } from "@/lib/authoring/decks";

export const POST = handle(unarchiveDeckEp, ({ user, params }) => setDeckArchived(user, params.deckId, false));
