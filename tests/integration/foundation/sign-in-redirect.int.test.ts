import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { authCore, signInOverHttp } from "@/tests/helpers/next-auth";
import { mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const { default: SignInPage } = await import("@/app/(auth)/sign-in/page");

const ORIGIN = "http://localhost:3000";
const hostile = [
  "/%5Cevil.example/phish",
  "/\\evil.example/phish",
  "//evil.example/phish",
  "/\t/evil.example",
  "https://evil.example/phish",
  "javascript:alert(1)",
  "junk",
  "%%",
  "http://[::1",
];

/** Where a browser ends up following `location` from our origin. */
const landing = (location: string | null) => new URL(location ?? "/", ORIGIN);

describe("callbackUrl never leads off-site and junk never 500s", () => {
  it.each(hostile)("next-auth's sign-in entry with callbackUrl %j stays on our origin", async (callbackUrl) => {
    const res = await authCore("signin", { query: { callbackUrl } });
    expect(res.status).toBeLessThan(500);
    const to = landing(res.headers.get("Location"));
    expect(to.origin).toBe(ORIGIN);
    // It forwards to our sign-in page with the callback it settled on, which must itself stay home.
    const next = to.searchParams.get("callbackUrl");
    if (next) expect(landing(next.replace(/\\/g, "/")).origin).toBe(ORIGIN);
    if (next) expect(new URL(next, ORIGIN).pathname.startsWith("//")).toBe(false);
  });

  it.each(hostile)("a successful credentials sign-in with callbackUrl %j lands on our origin", async (callbackUrl) => {
    const email = `cb${Math.random().toString(36).slice(2)}@example.com`;
    await db.user.create({ data: { email, name: "Cb", passwordHash: await hashPassword("right-password") } });
    const res = await signInOverHttp(email, "right-password", { peer: "10.60.0.1", callbackUrl });
    expect(res.status).toBeLessThan(500);
    expect(res.signedIn).toBe(true);
    expect(landing(res.location).origin).toBe(ORIGIN);
    expect(landing(res.location).pathname).toBe("/");
  });

  it.each(hostile)("the sign-in page sends a signed-in visitor with callbackUrl %j to /", async (callbackUrl) => {
    const u = await db.user.create({
      data: { email: `pg${Math.random().toString(36).slice(2)}@example.com`, name: "P" },
    });
    signInAs(u);
    const thrown = await SignInPage({ searchParams: Promise.resolve({ callbackUrl }) }).then(
      () => null,
      (err: { digest?: string }) => err,
    );
    // next/navigation's redirect() throws; its digest is "NEXT_REDIRECT;<type>;<url>;<status>;".
    expect(thrown?.digest?.split(";")[2]).toBe("/");
  });

  it("keeps a same-site callbackUrl", async () => {
    const u = await db.user.create({ data: { email: "keep-cb@example.com", name: "K" } });
    signInAs(u);
    const thrown = await SignInPage({ searchParams: Promise.resolve({ callbackUrl: "/decks?tab=mine" }) }).catch(
      (e: { digest?: string }) => e,
    );
    expect((thrown as { digest?: string }).digest?.split(";")[2]).toBe("/decks?tab=mine");
  });
});
