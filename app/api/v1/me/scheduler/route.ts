import { handle } from "@/lib/api/handler";
import { getSchedulerEp, switchSchedulerEp } from "@/lib/api/endpoints/account";
import { getSchedulerSettings, switchScheduler } from "@/lib/srs/switch-scheduler";

export const GET = handle(getSchedulerEp, ({ user }) => getSchedulerSettings(user.id));
export const PUT = handle(switchSchedulerEp, ({ user, body }) => switchScheduler(user.id, user.timeZone, body));
