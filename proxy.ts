import { NextResponse, type NextRequest } from "next/server";
import { NOT_FOUND_PATH, hasMalformedEscape } from "@/lib/bad-path";
import { buildCsp, HSTS_VALUE, newNonce } from "@/lib/security/headers";
import { appOrigin, isHttpsOrigin } from "@/lib/security/origin";
import { FRAME_COOKIE, verifyFrameGrant } from "@/lib/lti/frame";
import { env } from "@/lib/env";

/**
 * For every page: a fresh CSP nonce. Next reads the nonce from the Content-Security-Policy
 * header on the request and puts it on its own scripts; the root layout reads x-nonce for
 * its theme script. Also passes the requested path to server components (x-pathname), so
 * a layout's sign-in redirect can bring the visitor back where they were. An LTI launch's frame
 * grant (lib/lti/frame.ts) lets its platform's origin frame the pages. Authorization
 * itself happens in the layouts, pages and route handlers, not here.
 */
export function proxy(request: NextRequest) {
  if (hasMalformedEscape(request.nextUrl.pathname)) {
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
  const nonce = newNonce();
  const https = isHttpsOrigin(appOrigin(request.headers, request.url));
  // After an LTI launch, the registered platform's origin may frame our pages (signed cookie).
  const frameAncestors = verifyFrameGrant(request.cookies.get(FRAME_COOKIE)?.value, env().NEXTAUTH_SECRET ?? "");
  const csp = buildCsp(nonce, { dev: process.env.NODE_ENV === "development", https, frameAncestors });
  const headers = new Headers(request.headers);
  headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  return response;
}

// Not API paths: the production server sends a malformed API path to app/api/malformed-path
// (scripts/bad-path.mjs), so API calls skip Next's middleware adapter (about 2 ms of CPU each).
export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
