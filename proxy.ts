import { NextResponse, type NextRequest } from "next/server";

/**
 * Passes the requested path to server components (x-pathname), so a layout's sign-in
 * redirect can bring the visitor back where they were. Authorization itself happens in
 * the layouts, pages and route handlers, not here.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
