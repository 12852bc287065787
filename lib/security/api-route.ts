import { toRouteResponse } from "@/lib/error-response";
import { apiHeaders, withHeaders } from "./headers";
import { appOrigin, assertSameOrigin } from "./origin";

/**
 * Wraps every API route handler (lib/api/handler.ts, health, openapi, next-auth): refuses a
 * cross-origin write with 403 before anything runs, and gives every response — errors
 * included — the API headers (no-store, HSTS over https).
 */
type RouteCtx = { params: Promise<Record<string, string | string[]>> };

export function apiRoute<C = RouteCtx>(
  fn: (req: Request, ctx: C) => Response | Promise<Response>,
): (req: Request, ctx: C) => Promise<Response> {
  return async (req, ctx) => {
    let res: Response;
    try {
      assertSameOrigin(req);
      res = await fn(req, ctx);
    } catch (err) {
      res = toRouteResponse(err);
    }
    return withHeaders(res, apiHeaders(appOrigin(req.headers, req.url)));
  };
}
