import { vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

/**
 * Route handlers call getSessionUser(); integration tests replace it with a settable
 * user. Use with `vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()))`.
 */
let current: SessionUser | null = null;

export function signInAs(
  user: {
    id: string;
    email: string;
    name: string | null;
    role: SessionUser["role"];
    timeZone: string;
    newCardsPerDay: number;
    reviewsPerDay: number;
    onboardedAt?: Date | null;
  } | null,
) {
  current = user
    ? {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        timeZone: user.timeZone,
        newCardsPerDay: user.newCardsPerDay,
        reviewsPerDay: user.reviewsPerDay,
        // Stubbed users are existing accounts unless a test says otherwise.
        onboardedAt: user.onboardedAt === undefined ? new Date(0) : user.onboardedAt,
      }
    : null;
}

export function mockSession(original: typeof import("@/lib/auth/session")) {
  return {
    ...original,
    getSessionUser: vi.fn(async () => current),
  };
}

/** Calls a route handler with a JSON body (or none) and returns status + parsed body. */
export async function call(
  handler: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>,
  opts: {
    method?: string;
    url?: string;
    body?: unknown;
    rawBody?: string;
    contentType?: string;
    params?: Record<string, string>;
  } = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers assert on arbitrary JSON bodies.
): Promise<{ status: number; body: any; headers: Headers }> {
  const hasBody = opts.body !== undefined || opts.rawBody !== undefined;
  const req = new Request(opts.url ?? "http://localhost/api/v1/test", {
    method: opts.method ?? (hasBody ? "POST" : "GET"),
    headers: hasBody ? { "content-type": opts.contentType ?? "application/json" } : {},
    body: hasBody ? (opts.rawBody ?? JSON.stringify(opts.body)) : undefined,
  });
  const res = await handler(req, { params: Promise.resolve(opts.params ?? {}) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}
