import { handle } from "@/lib/api/handler";
import { syncReviewsEp } from "@/lib/api/endpoints/study";
import { syncReviews } from "@/lib/srs/sync";

export const POST = handle(syncReviewsEp, ({ user, body }) => syncReviews(user, body));
