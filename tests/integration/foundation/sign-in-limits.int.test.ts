import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import { signInOverHttp, type SignInResult } from "@/tests/helpers/next-auth";

const signUp = await import("@/app/api/v1/auth/sign-up/route");

async function owner(email: string) {
  return db.user.create({ data: { email, name: "Owner", passwordHash: await hashPassword("right-password") } });
}
const admitted = (results: SignInResult[]) => results.filter((r) => r.status !== 429);
const refused = (results: SignInResult[]) => results.filter((r) => r.status === 429);

describe("sign-in attempt budget under parallel guessing", () => {
  it("150 parallel wrong passwords for one account evaluate at most the per-(email, IP) budget; the rest get 429", async () => {
    await owner("target@example.com");
    const budget = env().SIGNIN_MAX_FAILURES_PER_ACCOUNT_IP;
    const results = await Promise.all(
      Array.from({ length: 150 }, (_, i) =>
        signInOverHttp("target@example.com", `guess-${i}-pw`, { peer: "10.20.0.1" }),
      ),
    );
    expect(admitted(results)).toHaveLength(budget);
    expect(refused(results)).toHaveLength(150 - budget);
    for (const r of refused(results)) {
      expect(r.retryAfter).toBeGreaterThan(0);
      expect(r.retryAfter).toBeLessThanOrEqual(env().SIGNIN_WINDOW_SECONDS);
      expect(JSON.parse(r.body).error.code).toBe("RATE_LIMITED");
    }
    expect(results.some((r) => r.signedIn)).toBe(false);
    expect(await db.signInAttempt.count({ where: { email: "target@example.com" } })).toBe(budget);
  });

  it("the right password among 39 parallel wrong ones neither outruns the budget nor erases the failures", async () => {
    await owner("mixed@example.com");
    const budget = env().SIGNIN_MAX_FAILURES_PER_ACCOUNT_IP;
    const passwords = ["right-password", ...Array.from({ length: 39 }, (_, i) => `wrong-${i}-pw`)];
    const results = await Promise.all(
      passwords.map((pw) => signInOverHttp("mixed@example.com", pw, { peer: "10.21.0.1" })),
    );
    // At most `budget` passwords were looked at; the success (if admitted) is one of them.
    expect(admitted(results).length).toBeLessThanOrEqual(budget);
    const wrongAdmitted = results.filter((r, i) => i > 0 && r.status !== 429).length;
    expect(await db.signInAttempt.count({ where: { email: "mixed@example.com", succeeded: false } })).toBe(
      wrongAdmitted,
    );
  });

  it("a success keeps the earlier failures on record, so they still count", async () => {
    await owner("keep@example.com");
    const budget = env().SIGNIN_MAX_FAILURES_PER_ACCOUNT_IP;
    for (let i = 0; i < budget - 1; i++)
      expect((await signInOverHttp("keep@example.com", "bad-guess", { peer: "10.22.0.1" })).signedIn).toBe(false);
    expect((await signInOverHttp("keep@example.com", "right-password", { peer: "10.22.0.1" })).signedIn).toBe(true);
    expect(await db.signInAttempt.count({ where: { email: "keep@example.com", succeeded: false } })).toBe(budget - 1);
    expect(await db.signInAttempt.count({ where: { email: "keep@example.com", succeeded: true } })).toBe(1);
    // The success used the last attempt of this (email, address) budget; the failures were not forgiven.
    expect((await signInOverHttp("keep@example.com", "bad-guess", { peer: "10.22.0.1" })).status).toBe(429);
  });
});

describe("the client address is the socket's, not X-Forwarded-For", () => {
  it("a spoofed X-Forwarded-For on every request does not move the caller to another per-IP bucket", async () => {
    const perIp = env().SIGNIN_MAX_FAILURES_PER_IP;
    // Different emails, so only the per-IP budget can refuse; each request claims a fresh address.
    const results = await Promise.all(
      Array.from({ length: perIp + 10 }, (_, i) =>
        signInOverHttp(`spray${i}@example.com`, "bad-guess", { peer: "10.30.0.1", xff: `203.0.113.${i}` }),
      ),
    );
    expect(admitted(results)).toHaveLength(perIp);
    expect(refused(results)).toHaveLength(10);
    expect(
      await db.signInAttempt.groupBy({ by: ["ip"], where: { email: { startsWith: "spray" } }, _count: true }),
    ).toEqual([{ ip: "10.30.0.1", _count: perIp }]);
  });
});

describe("a stranger cannot lock the owner out", () => {
  it("while a stranger is refused on the owner's email, the owner signs in from their own address", async () => {
    await owner("victim@example.com");
    const stranger = await Promise.all(
      Array.from({ length: 20 }, () => signInOverHttp("victim@example.com", "bad-guess", { peer: "10.40.0.66" })),
    );
    expect(refused(stranger).length).toBeGreaterThan(0);
    const me = await signInOverHttp("victim@example.com", "right-password", { peer: "10.40.0.7" });
    expect(me.status).not.toBe(429);
    expect(me.signedIn).toBe(true);
  });

  it("many strangers exhaust the per-email budget, yet an address the owner signed in from before still gets in", async () => {
    await owner("famous@example.com");
    expect((await signInOverHttp("famous@example.com", "right-password", { peer: "10.41.0.7" })).signedIn).toBe(true);
    const { SIGNIN_MAX_FAILURES_PER_EMAIL: perEmail, SIGNIN_MAX_FAILURES_PER_ACCOUNT_IP: perPair } = env();
    const strangers = Math.ceil(perEmail / perPair) + 1;
    const attack = await Promise.all(
      Array.from({ length: strangers * perPair }, (_, i) =>
        signInOverHttp("famous@example.com", `guess-${i}-pw`, { peer: `10.42.${i % strangers}.1` }),
      ),
    );
    expect(admitted(attack)).toHaveLength(perEmail);
    // A new address is refused by the per-email budget (the documented price of a distributed attack)…
    expect((await signInOverHttp("famous@example.com", "right-password", { peer: "10.43.0.1" })).status).toBe(429);
    // …but the owner's known address is not.
    expect((await signInOverHttp("famous@example.com", "right-password", { peer: "10.41.0.7" })).signedIn).toBe(true);
  });
});

describe("sign-up is limited per address", () => {
  const post = (i: number, peer: string) =>
    signUp.POST(
      new Request("http://localhost/api/v1/auth/sign-up", {
        method: "POST",
        headers: { "content-type": "application/json", "x-layerwise-peer": peer, "x-forwarded-for": `198.51.100.${i}` },
        body: JSON.stringify({ name: `N${i}`, email: `new${peer}-${i}@example.com`, password: "long-enough-pw" }),
      }),
      { params: Promise.resolve({}) },
    );

  it("parallel sign-ups from one address create at most the budget; the rest get 429 + Retry-After in the error shape", async () => {
    const max = env().SIGNUP_MAX_PER_IP;
    const responses = await Promise.all(Array.from({ length: max + 5 }, (_, i) => post(i, "10.50.0.1")));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(max);
    const limited = responses.filter((r) => r.status === 429);
    expect(limited).toHaveLength(5);
    for (const r of limited) {
      expect(Number(r.headers.get("Retry-After"))).toBeGreaterThan(0);
      const body = await r.json();
      expect(body).toEqual({ error: { code: "RATE_LIMITED", message: expect.stringMatching(/Too many sign-ups/) } });
    }
    expect(await db.user.count({ where: { email: { startsWith: "new10.50.0.1-" } } })).toBe(max);
    expect((await post(99, "10.50.0.2")).status).toBe(201);
  });
});
