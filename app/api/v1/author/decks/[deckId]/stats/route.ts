import { deckStatsEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { getDeckStats } from "@/lib/authoring/stats";

export const GET = handle(deckStatsEp, ({ user, params }) => getDeckStats(user, params.deckId));
