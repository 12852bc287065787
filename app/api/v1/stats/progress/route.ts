import { handle } from "@/lib/api/handler";
import { getProgressEp } from "@/lib/api/endpoints/study";
import { getProgress } from "@/lib/srs/stats";

export const GET = handle(getProgressEp, ({ user }) => getProgress(user));
