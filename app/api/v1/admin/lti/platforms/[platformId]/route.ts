import { deleteLtiPlatformEp, updateLtiPlatformEp } from "@/lib/api/endpoints/lti";
import { handle } from "@/lib/api/handler";
import { deletePlatform, updatePlatform } from "@/lib/lti/platforms";

export const PUT = handle(updateLtiPlatformEp, ({ params, body }) => updatePlatform(params.platformId, body));
export const DELETE = handle(deleteLtiPlatformEp, async ({ params }) => {
  await deletePlatform(params.platformId);
  return { deleted: true as const };
});
