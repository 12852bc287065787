import { handle } from "@/lib/api/handler";
import { getQueueEp } from "@/lib/api/endpoints/study";
import { getQueue } from "@/lib/srs/queue";

export const GET = handle(getQueueEp, ({ user, query }) => getQueue(user, new Date(), query.limit));
