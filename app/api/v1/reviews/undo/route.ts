import { handle } from "@/lib/api/handler";
import { undoReviewEp } from "@/lib/api/endpoints/study";
import { undoLastReview } from "@/lib/srs/undo-review";

export const POST = handle(undoReviewEp, ({ user }) => undoLastReview(user.id));
