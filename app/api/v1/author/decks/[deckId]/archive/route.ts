import { archiveDeckEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { setDeckArchived } from "@/lib/authoring/decks";

export const POST = handle(archiveDeckEp, ({ user, params }) => setDeckArchived(user, params.deckId, true));
