import { badPathApiResponse } from "@/lib/bad-path";
import { apiRoute } from "@/lib/security/api-route";

export const dynamic = "force-dynamic";

/**
 * Where scripts/next-server.mjs sends an API request whose path does not decode (%FF): the API's
 * 400 in its error shape, with the API headers, for every method. Next's own matching would 500.
 */
const malformed = apiRoute(() => badPathApiResponse());
export { malformed as GET, malformed as POST, malformed as PUT, malformed as PATCH, malformed as DELETE };
