import { vi } from "vitest";

// No imports from the app here: this module is loaded from inside the next/headers mock.
const SESSION_COOKIE = "next-auth.session-token";
export const requestCookies = new Map<string, string>();

/**
 * The cookie jar next/headers returns to our code (lib/auth/session.ts reads the JWT from
 * it). Use with
 * `vi.mock("next/headers", async () => (await import("@/tests/helpers/request-cookies")).nextHeadersMock)`.
 */
export const nextHeadersMock = {
  cookies: vi.fn(async () => ({
    get: (name: string) => (requestCookies.has(name) ? { name, value: requestCookies.get(name)! } : undefined),
    getAll: () => [...requestCookies].map(([name, value]) => ({ name, value })),
  })),
  headers: vi.fn(async () => new Headers()),
};

/** Makes the next request carry this session token (or none). */
export function carryToken(token: string | null): void {
  requestCookies.clear();
  if (token) requestCookies.set(SESSION_COOKIE, token);
}
