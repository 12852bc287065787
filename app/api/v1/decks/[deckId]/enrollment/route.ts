import { handle } from "@/lib/api/handler";
import { enrollEp, unenrollEp } from "@/lib/api/endpoints/decks";
import { setEnrollment } from "@/lib/decks/browse";

export const PUT = handle(enrollEp, ({ user, params }) => setEnrollment(user.id, params.deckId, true));
export const DELETE = handle(unenrollEp, ({ user, params }) => setEnrollment(user.id, params.deckId, false));
