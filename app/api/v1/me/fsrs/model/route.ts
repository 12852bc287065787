import { handle } from "@/lib/api/handler";
import { getFsrsModelEp } from "@/lib/api/endpoints/account";
import { getFsrsModelStatus } from "@/lib/srs/fsrs-model";

export const GET = handle(getFsrsModelEp, ({ user }) => getFsrsModelStatus(user.id));
