import { createLtiPlatformEp, listLtiPlatformsEp } from "@/lib/api/endpoints/lti";
import { handle } from "@/lib/api/handler";
import { createPlatform, listPlatforms } from "@/lib/lti/platforms";

export const GET = handle(listLtiPlatformsEp, async () => ({ platforms: await listPlatforms() }));
export const POST = handle(createLtiPlatformEp, ({ body }) => createPlatform(body));
