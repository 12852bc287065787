import { handle } from "@/lib/api/handler";
import { getQueueEp } from "@/lib/api/endpoints/study";
import { AppError } from "@/lib/errors";
import { getQueue } from "@/lib/srs/queue";

export const GET = handle(getQueueEp, ({ user, query }) => {
  if (query.learner !== undefined && query.learner !== user.id)
    throw new AppError("FORBIDDEN", "This is another account's study queue.", {
      fields: { "query.learner": ["Not the signed-in account"] },
    });
  return getQueue(user, new Date(), query.limit);
});
