import { NextResponse, type NextRequest } from "next/server";
import { NOT_FOUND_PATH, badPathApiResponse, hasMalformedEscape } from "@/lib/bad-path";

/**
 * Passes the requested path to server components (x-pathname), so a layout's sign-in
 * redirect can bring the visitor back where they were. Authorization itself happens in
 * the layouts, pages and route handlers, not here.
 */
export function proxy(request: NextRequest) {
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  if (hasMalformedEscape(request.nextUrl.pathname)) {
    return isApi ? badPathApiResponse() : NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
  if (isApi) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

// API paths come here only for the malformed-escape check above.
export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)", "/api/:path*"] };
