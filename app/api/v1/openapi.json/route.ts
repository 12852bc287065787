import { buildOpenApiDocument } from "@/lib/api/openapi";
import { apiRoute } from "@/lib/security/api-route";

// Dynamic so the API headers (no-store, HSTS) reach this response too; a static route's
// cache headers are Next's. The document itself is built once per process.
export const dynamic = "force-dynamic";

let doc: ReturnType<typeof buildOpenApiDocument> | undefined;

export const GET = apiRoute(() => Response.json((doc ??= buildOpenApiDocument())));
