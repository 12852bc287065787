import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { call } from "@/tests/helpers/session";
import { carryToken } from "@/tests/helpers/request-cookies";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/revoke";

// The real getSessionUser (no session stub): it decodes the JWT cookie and compares versions.
process.env.NEXTAUTH_SECRET = "test-secret-for-session-tokens";
process.env.NEXTAUTH_URL = "http://localhost:3000";
vi.mock("next/headers", async () => (await import("@/tests/helpers/request-cookies")).nextHeadersMock);
const { signInWithPassword, signOutWith, tokenFromSetCookie } = await import("@/tests/helpers/next-auth");
const me = await import("@/app/api/v1/me/route");
const password = await import("@/app/api/v1/me/password/route");
const everywhere = await import("@/app/api/v1/me/sign-out-everywhere/route");
const settingsPage = (await import("@/app/(app)/settings/page")).default;
const { getSessionUser } = await import("@/lib/auth/session");

const PW = "the-first-password";

async function makeUser(email: string) {
  return db.user.create({ data: { email, name: "Sam", passwordHash: await hashPassword(PW) } });
}

async function signIn(email: string, pw = PW): Promise<string> {
  const { token, error } = await signInWithPassword(email, pw);
  if (!token) throw new Error(`sign-in failed: ${error}`);
  return token;
}

/** What a request carrying this token gets from an API route. */
async function apiStatus(token: string | null): Promise<number> {
  carryToken(token);
  return (await call(me.GET)).status;
}

/** Where a page sends a request carrying this token: "page" when it renders, else the redirect target. */
async function pageOutcome(token: string | null): Promise<string> {
  carryToken(token);
  try {
    await settingsPage();
    return "page";
  } catch (err) {
    const digest = (err as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw err;
    return digest.split(";")[2];
  }
}

beforeAll(() => {
  carryToken(null);
});

describe("revocable sessions", () => {
  it("a token from before sign-out is refused afterwards, on the API (401) and on pages (to sign-in); a new sign-in works", async () => {
    await makeUser("out@example.com");
    const before = await signIn("out@example.com");
    expect(await apiStatus(before)).toBe(200);
    expect(await pageOutcome(before)).toBe("page");

    await signOutWith(before);

    expect(await apiStatus(before)).toBe(401);
    expect(await pageOutcome(before)).toBe("/sign-in?callbackUrl=%2Fsettings");
    const fresh = await signIn("out@example.com");
    expect(await apiStatus(fresh)).toBe(200);
    expect(await pageOutcome(fresh)).toBe("page");
  });

  it("signing out with a token that is already revoked does not end the newer session", async () => {
    await makeUser("stale@example.com");
    const old = await signIn("stale@example.com");
    await signOutWith(old);
    const current = await signIn("stale@example.com");
    await signOutWith(old);
    expect(await apiStatus(current)).toBe(200);
  });

  it("sign out everywhere ends every device's session, including the caller's, and clears its cookie", async () => {
    await makeUser("all@example.com");
    const laptop = await signIn("all@example.com");
    const phone = await signIn("all@example.com");
    carryToken(laptop);
    const res = await call(everywhere.POST, { method: "POST" });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().some((c) => /^next-auth\.session-token=;.*Max-Age=0/.test(c))).toBe(true);
    expect(await apiStatus(laptop)).toBe(401);
    expect(await apiStatus(phone)).toBe(401);
    expect(await pageOutcome(phone)).toMatch(/^\/sign-in/);
    expect(await apiStatus(await signIn("all@example.com"))).toBe(200);
  });

  it("sign out everywhere needs a session", async () => {
    carryToken(null);
    expect((await call(everywhere.POST, { method: "POST" })).status).toBe(401);
  });
});

describe("session expiry", () => {
  it("a token that worked stops working once it expires: a remembered decode does not outlive the token", async () => {
    await makeUser("expiry@example.com");
    const token = await signIn("expiry@example.com");
    expect(await apiStatus(token)).toBe(200);
    expect(await apiStatus(token)).toBe(200); // the same token again (answered from the remembered decode)
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + (SESSION_MAX_AGE_SECONDS + 60) * 1000);
      expect(await apiStatus(token)).toBe(401);
    } finally {
      vi.useRealTimers();
    }
    expect(await apiStatus(token)).toBe(200);
  });
});

describe("change password", () => {
  it("refuses a wrong current password with 400 naming it, and a weak new one by the sign-up rules; nothing changes", async () => {
    const u = await makeUser("cp-bad@example.com");
    const token = await signIn("cp-bad@example.com");
    carryToken(token);
    const wrong = await call(password.POST, {
      body: { currentPassword: "not-my-password", newPassword: "a-new-long-password" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.currentPassword).toEqual(["The current password is not right"]);
    const weak = await call(password.POST, { body: { currentPassword: PW, newPassword: "short" } });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields.newPassword).toEqual(["Password must be at least 10 characters"]);
    const same = await call(password.POST, { body: { currentPassword: PW, newPassword: PW } });
    expect(same.status).toBe(400);
    expect(same.body.error.fields.newPassword).toBeDefined();
    const missing = await call(password.POST, { body: { newPassword: "a-new-long-password" } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.currentPassword).toBeDefined();
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).sessionVersion).toBe(0);
    expect(await apiStatus(token)).toBe(200);
    expect((await signInWithPassword("cp-bad@example.com", PW)).token).toBeTruthy();
  });

  it("ends the other devices' sessions, re-issues this browser's, and only the new password signs in", async () => {
    const u = await makeUser("cp@example.com");
    const here = await signIn("cp@example.com");
    const elsewhere = await signIn("cp@example.com");
    carryToken(here);
    const res = await call(password.POST, { body: { currentPassword: PW, newPassword: "the-second-password" } });
    expect(res.status).toBe(200);
    const reissued = tokenFromSetCookie(res.headers);
    expect(reissued).toBeTruthy();

    expect(await apiStatus(here)).toBe(401);
    expect(await apiStatus(elsewhere)).toBe(401);
    expect(await pageOutcome(elsewhere)).toMatch(/^\/sign-in/);
    expect(await apiStatus(reissued)).toBe(200);
    carryToken(reissued);
    expect((await call(me.GET)).body).toMatchObject({ id: u.id, email: "cp@example.com" });

    expect((await signInWithPassword("cp@example.com", PW)).token).toBeNull();
    expect(await apiStatus(await signIn("cp@example.com", "the-second-password"))).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("the session user is the stored row, onboardedAt read right in any process time zone; a disabled account is signed out", async () => {
    const u = await makeUser("row@example.com");
    const onboardedAt = new Date("2026-03-29T01:30:00.123Z"); // inside Europe's spring-forward night
    await db.user.update({
      where: { id: u.id },
      data: { role: "INSTRUCTOR", timeZone: "Asia/Kolkata", newCardsPerDay: 7, reviewsPerDay: 90, onboardedAt },
    });
    carryToken(await signIn("row@example.com"));
    const tz = process.env.TZ;
    try {
      for (const zone of ["UTC", "America/New_York", "Europe/Berlin"]) {
        process.env.TZ = zone;
        expect(await getSessionUser(), zone).toEqual({
          id: u.id,
          email: "row@example.com",
          name: "Sam",
          role: "INSTRUCTOR",
          timeZone: "Asia/Kolkata",
          newCardsPerDay: 7,
          reviewsPerDay: 90,
          onboardedAt,
        });
      }
    } finally {
      process.env.TZ = tz;
    }
    await db.user.update({ where: { id: u.id }, data: { disabledAt: new Date() } });
    expect(await getSessionUser()).toBeNull();
    expect((await call(me.GET)).status).toBe(401);
  });

  it("is 401 signed out", async () => {
    carryToken(null);
    expect(
      (await call(password.POST, { body: { currentPassword: PW, newPassword: "the-second-password" } })).status,
    ).toBe(401);
  });
});
