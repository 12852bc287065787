import "server-only";
import { logger } from "@/lib/observability/log";
import { AppError } from "@/lib/errors";
import { LtiError } from "./errors";
import { errorPage } from "./html";

/** A 303 to one of our own paths, with cookies. */
export function seeOther(origin: string, path: string, cookies: string[] = []): Response {
  const headers = new Headers({ Location: `${origin}${path}`, "Cache-Control": "no-store" });
  for (const c of cookies) headers.append("Set-Cookie", c);
  return new Response(null, { status: 303, headers });
}

/** Form fields of an LTI POST (a few KB of JWT at most), or null when the body is not a small form. */
export async function readForm(req: Request, maxBytes = 64 * 1024): Promise<URLSearchParams | null> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) return null;
  const text = await req.text().catch(() => null);
  if (text === null || text.length > maxBytes) return null;
  return new URLSearchParams(text);
}

/** A refused LTI request as a page saying why (LtiError, AppError); anything else is logged and a generic 500 page. */
export function ltiErrorPage(err: unknown, frameAncestors?: string | null): Response {
  if (err instanceof LtiError) {
    logger.warn({ reason: err.message }, "lti: request refused");
    return errorPage(err.message, err.status, frameAncestors);
  }
  if (err instanceof AppError) return errorPage(err.message, err.status, frameAncestors);
  logger.error({ err }, "lti: request failed");
  return errorPage("Something went wrong on our side. Try the launch again.", 500, frameAncestors);
}
