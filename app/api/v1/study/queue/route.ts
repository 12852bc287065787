import { handle } from "@/lib/api/handler";
import { getQueueEp } from "@/lib/api/endpoints/study";
import { AppError } from "@/lib/errors";
import { questionMarkdown } from "@/lib/markdown/collect";
import { markdownHtml } from "@/lib/markdown/render";
import { getQueue } from "@/lib/srs/queue";

export const GET = handle(getQueueEp, async ({ user, query }) => {
  if (query.learner !== undefined && query.learner !== user.id)
    throw new AppError("FORBIDDEN", "This is another account's study queue.", {
      fields: { "query.learner": ["Not the signed-in account"] },
    });
  const queue = await getQueue(user, new Date(), query.limit);
  return { ...queue, markdown: markdownHtml(queue.cards.flatMap((c) => questionMarkdown(c.question))) };
});
