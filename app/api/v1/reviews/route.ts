import { handle } from "@/lib/api/handler";
import { recordReviewEp } from "@/lib/api/endpoints/study";
import { recordReview } from "@/lib/srs/reviews";

export const POST = handle(recordReviewEp, ({ user, body }) => recordReview(user, body));
