import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { signInOverHttp } from "@/tests/helpers/next-auth";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const signUp = await import("@/app/api/v1/auth/sign-up/route");
const me = await import("@/app/api/v1/me/route");

const authorize = (credentials: Record<string, string>, ip = "10.0.0.1") => {
  const provider = authOptions().providers[0] as unknown as {
    options: { authorize: (c: unknown, r: unknown) => Promise<unknown> };
  };
  return provider.options.authorize(credentials, { headers: { "x-layerwise-peer": ip } });
};

describe("sign-up", () => {
  it("creates a learner with an argon2id hash", async () => {
    const res = await call(signUp.POST, {
      body: { name: "Ada", email: "  Ada@Example.COM ", password: "long-enough-pw" },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: "ada@example.com", role: "LEARNER" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(res.body.passwordHash).toBeUndefined();
  });

  it.each([
    [{ name: "A", email: "not-an-email", password: "long-enough-pw" }, "email"],
    [{ name: "A", email: "a1@example.com", password: "short" }, "password"],
    [{ name: "", email: "a2@example.com", password: "long-enough-pw" }, "name"],
    [{ name: "A", email: "a3@example.com", password: "long-enough-pw", role: "ADMIN" }, "_"],
  ])("refuses %j with a 400 naming %s and creates nothing", async (body, field) => {
    const before = await db.user.count();
    const res = await call(signUp.POST, { body });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("BAD_REQUEST");
    expect(res.body.error.fields[field]).toBeDefined();
    expect(await db.user.count()).toBe(before);
  });

  it("refuses an existing email with 409", async () => {
    await call(signUp.POST, { body: { name: "B", email: "dup@example.com", password: "long-enough-pw" } });
    const res = await call(signUp.POST, { body: { name: "B2", email: "DUP@example.com", password: "long-enough-pw" } });
    expect(res.status).toBe(409);
    expect(res.body.error.fields.email[0]).toMatch(/already exists/);
    expect(await db.user.count({ where: { email: "dup@example.com" } })).toBe(1);
  });

  it("answers malformed JSON and a wrong content type with 400 in the error shape", async () => {
    const bad = await call(signUp.POST, { rawBody: "{nope" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/not valid JSON/);
    const text = await call(signUp.POST, { rawBody: "email=a", contentType: "text/plain" });
    expect(text.status).toBe(400);
    expect(text.body.error.fields["content-type"]).toBeDefined();
  });
});

describe("sign-in", () => {
  async function user(email: string, role: "LEARNER" | "ADMIN" = "LEARNER") {
    return db.user.create({ data: { email, name: "U", role, passwordHash: await hashPassword("right-password") } });
  }

  it("accepts the right password and returns id and role for the JWT", async () => {
    const u = await user("in@example.com", "ADMIN");
    expect(await authorize({ email: "IN@example.com", password: "right-password" })).toMatchObject({
      id: u.id,
      role: "ADMIN",
    });
  });

  it("refuses a wrong password, an unknown email and a disabled account, counting each failure", async () => {
    await user("wrong@example.com");
    expect(await authorize({ email: "wrong@example.com", password: "nope-nope" })).toBeNull();
    expect(await authorize({ email: "ghost@example.com", password: "whatever" })).toBeNull();
    await db.user.update({ where: { email: "wrong@example.com" }, data: { disabledAt: new Date() } });
    // The right password on a disabled account is told so (not the generic refusal); still counted.
    await expect(authorize({ email: "wrong@example.com", password: "right-password" })).rejects.toThrow(
      "AccountDisabled",
    );
    expect(await db.signInAttempt.count({ where: { email: "wrong@example.com", succeeded: false } })).toBe(2);
  });

  it("refuses a sixth attempt on one email from one address with 429 and Retry-After, across instances (Postgres)", async () => {
    await user("limited@example.com");
    for (let i = 0; i < 5; i++)
      expect((await signInOverHttp("limited@example.com", "bad-guess", { peer: "10.1.0.1" })).status).not.toBe(429);
    const res = await signInOverHttp("limited@example.com", "right-password", { peer: "10.1.0.1" });
    expect(res.status).toBe(429);
    expect(res.signedIn).toBe(false);
    expect(res.retryAfter).toBeGreaterThan(800);
    expect(res.retryAfter).toBeLessThanOrEqual(900);
    const body = JSON.parse(res.body);
    expect(body.error.code).toBe("RATE_LIMITED");
    expect(new URL(body.url).searchParams.get("error")).toBe("RateLimited");
  });

  it("counts failures per client address: another address is not blocked by one address's failures", async () => {
    await user("ipa@example.com");
    const { SIGNIN_MAX_FAILURES_PER_IP } = (await import("@/lib/env")).env();
    // Spread over many emails so only the per-IP limit can trip.
    for (let i = 0; i < SIGNIN_MAX_FAILURES_PER_IP; i++)
      await authorize({ email: `x${i}@example.com`, password: "bad-guess" }, "10.9.9.9");
    expect((await signInOverHttp("ipa@example.com", "right-password", { peer: "10.9.9.9" })).status).toBe(429);
    expect((await signInOverHttp("ipa@example.com", "right-password", { peer: "10.9.9.10" })).signedIn).toBe(true);
  });

  it("a success keeps the email's failures on record", async () => {
    await user("clear@example.com");
    await authorize({ email: "clear@example.com", password: "bad-guess" });
    await authorize({ email: "clear@example.com", password: "right-password" });
    expect(await db.signInAttempt.count({ where: { email: "clear@example.com", succeeded: false } })).toBe(1);
  });
});

describe("/api/v1/me", () => {
  it("is 401 signed out and returns the user signed in", async () => {
    signInAs(null);
    const anon = await call(me.GET);
    expect(anon.status).toBe(401);
    expect(anon.body).toEqual({ error: { code: "UNAUTHORIZED", message: "Please sign in." } });
    const u = await db.user.create({ data: { email: "me@example.com", name: "Me" } });
    signInAs(u);
    expect((await call(me.GET)).body).toMatchObject({ id: u.id, email: "me@example.com" });
  });

  it("updates settings, refusing an unknown time zone and out-of-range limits", async () => {
    const u = await db.user.create({ data: { email: "set@example.com", name: "Set" } });
    signInAs(u);
    const ok = await call(me.PATCH, { method: "PATCH", body: { timeZone: "Asia/Tokyo", newCardsPerDay: 5 } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ timeZone: "Asia/Tokyo", newCardsPerDay: 5, reviewsPerDay: 200 });
    const bad = await call(me.PATCH, { method: "PATCH", body: { timeZone: "Mars/Olympus", reviewsPerDay: 0 } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["reviewsPerDay", "timeZone"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).timeZone).toBe("Asia/Tokyo");
  });
});
