import { handle } from "@/lib/api/handler";
import { offlinePackEp } from "@/lib/api/endpoints/study";
import { getOfflinePack } from "@/lib/srs/offline-pack";

export const POST = handle(offlinePackEp, ({ user, body }) => getOfflinePack(user.id, body.questionIds));
