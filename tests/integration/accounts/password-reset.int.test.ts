import crypto from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { call } from "@/tests/helpers/session";
import { carryToken } from "@/tests/helpers/request-cookies";
import { parseMail, startSmtpSink, waitFor, type ReceivedMail } from "@/tests/helpers/smtp-sink";

// A real SMTP server in this process; the app mails through SMTP_URL like in production.
const smtp = await startSmtpSink();
process.env.SMTP_URL = smtp.url;
process.env.MAIL_FROM = "Layerwise <accounts@layerwise.test>";
// http, so next-auth uses the cookie names a plain test jar carries.
process.env.NEXTAUTH_URL = "http://learn.layerwise.test:8080";
process.env.NEXTAUTH_SECRET = "test-secret-for-session-tokens";
vi.mock("next/headers", async () => (await import("@/tests/helpers/request-cookies")).nextHeadersMock);
// Lets parallel resets leave the (slow, variable) argon2 step together, so their database
// transactions really overlap.
const barrier = vi.hoisted(() => ({ size: 0, waiting: [] as (() => void)[] }));
vi.mock("@/lib/auth/password", async (orig) => {
  const real = await orig<typeof import("@/lib/auth/password")>();
  return {
    ...real,
    hashPassword: async (pw: string) => {
      const hash = await real.hashPassword(pw);
      if (barrier.size > 1) {
        await new Promise<void>((release) => {
          barrier.waiting.push(release);
          if (barrier.waiting.length >= barrier.size) barrier.waiting.splice(0).forEach((f) => f());
        });
      }
      return hash;
    },
  };
});
const { signInWithPassword } = await import("@/tests/helpers/next-auth");
const requestReset = await import("@/app/api/v1/auth/password-reset/route");
const confirmReset = await import("@/app/api/v1/auth/password-reset/confirm/route");
const me = await import("@/app/api/v1/me/route");
const { sendResetLink, RESET_REQUESTED_MESSAGE } = await import("@/lib/auth/password-reset");

afterAll(() => smtp.close());
beforeEach(() => {
  smtp.inbox.length = 0;
});

const OLD = "the-old-password";
const NEW = "a-brand-new-password";
let ipSeq = 0;

async function makeUser(email: string) {
  return db.user.create({ data: { email, name: "Rita", passwordHash: await hashPassword(OLD) } });
}

/** POST /api/v1/auth/password-reset from a client address (a new one unless given). */
async function ask(email: string, ip = `10.30.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`) {
  const req = new Request("http://localhost/api/v1/auth/password-reset", {
    method: "POST",
    headers: { "content-type": "application/json", "x-layerwise-peer": ip },
    body: JSON.stringify({ email }),
  });
  const res = await requestReset.POST(req, { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

const reset = (token: string, password = NEW) => call(confirmReset.POST, { body: { token, password } });

function mailTo(address: string, nth = 1): Promise<ReceivedMail> {
  return waitFor(() => smtp.inbox.filter((m) => m.to.includes(address))[nth - 1]);
}

/** The link in the mail, as the person would click it. */
function linkIn(mail: ReceivedMail): URL {
  const { text } = parseMail(mail.raw);
  const match = text.match(/https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/);
  if (!match) throw new Error(`no reset link in:\n${text}`);
  return new URL(match[0]);
}

describe("password reset by email", () => {
  it("mails a link on NEXTAUTH_URL; following it sets the new password, the old one and the link's second use are refused", async () => {
    const u = await makeUser("rita@example.com");
    const res = await ask("Rita@Example.com");
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ message: RESET_REQUESTED_MESSAGE });

    const mail = await mailTo("rita@example.com");
    const { headers } = parseMail(mail.raw);
    expect(headers.from).toBe("Layerwise <accounts@layerwise.test>");
    expect(headers.to).toBe("rita@example.com");
    expect(headers.subject).toMatch(/new Layerwise password/);
    const link = linkIn(mail);
    expect(link.origin).toBe("http://learn.layerwise.test:8080");
    const token = link.searchParams.get("token")!;
    expect(Buffer.from(token, "base64url")).toHaveLength(32);

    // Only the sha256 is stored, with a 30-minute expiry.
    const row = await db.passwordResetToken.findFirstOrThrow({ where: { userId: u.id } });
    expect(row.tokenHash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(29 * 60_000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(30 * 60_000 + 1000);

    const done = await reset(token);
    expect(done.status).toBe(200);
    expect((await signInWithPassword("rita@example.com", NEW)).token).toBeTruthy();
    expect((await signInWithPassword("rita@example.com", OLD)).token).toBeNull();

    const again = await reset(token, "yet-another-password");
    expect(again.status).toBe(400);
    expect(again.body.error.fields.token[0]).toMatch(/not valid/);
    expect((await signInWithPassword("rita@example.com", NEW)).token).toBeTruthy();
  });

  it("answers an unknown email exactly like a known one and mails nobody", async () => {
    await makeUser("known@example.com");
    const known = await ask("known@example.com");
    const unknown = await ask("nobody@example.com");
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
    await mailTo("known@example.com");
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.inbox.filter((m) => m.to.includes("nobody@example.com"))).toHaveLength(0);
  });

  it("a session from before the reset is refused afterwards; one signed in after works", async () => {
    await makeUser("sess@example.com");
    const before = (await signInWithPassword("sess@example.com", OLD)).token!;
    carryToken(before);
    expect((await call(me.GET)).status).toBe(200);
    await ask("sess@example.com");
    expect((await reset(linkIn(await mailTo("sess@example.com")).searchParams.get("token")!)).status).toBe(200);
    carryToken(before);
    expect((await call(me.GET)).status).toBe(401);
    carryToken((await signInWithPassword("sess@example.com", NEW)).token);
    expect((await call(me.GET)).status).toBe(200);
  });

  it("two parallel uses of one token: exactly one succeeds", async () => {
    await makeUser("race@example.com");
    await ask("race@example.com");
    const token = linkIn(await mailTo("race@example.com")).searchParams.get("token")!;
    barrier.size = 2;
    const results = await Promise.all([
      reset(token, "parallel-password-a"),
      reset(token, "parallel-password-b"),
    ]).finally(() => (barrier.size = 0));
    expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
    const winner = results[0].status === 200 ? "parallel-password-a" : "parallel-password-b";
    const loser = winner === "parallel-password-a" ? "parallel-password-b" : "parallel-password-a";
    expect((await signInWithPassword("race@example.com", winner)).token).toBeTruthy();
    expect((await signInWithPassword("race@example.com", loser)).token).toBeNull();
  });

  it("using one link spends the user's other outstanding links", async () => {
    await makeUser("two@example.com");
    await ask("two@example.com");
    await ask("two@example.com");
    const first = linkIn(await mailTo("two@example.com", 1)).searchParams.get("token")!;
    const second = linkIn(await mailTo("two@example.com", 2)).searchParams.get("token")!;
    expect((await reset(second)).status).toBe(200);
    const old = await reset(first, "some-other-password");
    expect(old.status).toBe(400);
    expect(old.body.error.fields.token).toBeDefined();
  });

  it("refuses an expired link (older than 30 minutes) and keeps the password", async () => {
    await makeUser("late@example.com");
    await sendResetLink("late@example.com", new Date(Date.now() - 31 * 60_000));
    const token = linkIn(await mailTo("late@example.com")).searchParams.get("token")!;
    const res = await reset(token);
    expect(res.status).toBe(400);
    expect(res.body.error.fields.token[0]).toMatch(/expired/);
    expect((await signInWithPassword("late@example.com", OLD)).token).toBeTruthy();
  });

  it("refuses a made-up token, and bad input with 400 naming the fields", async () => {
    expect((await reset(crypto.randomBytes(32).toString("base64url"))).status).toBe(400);
    const bad = await call(confirmReset.POST, { body: { token: "", password: "short" } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["password", "token"]);
    const email = await ask("not-an-email");
    expect(email.status).toBe(400);
    expect(email.body.error.fields.email).toBeDefined();
  });
});

describe("reset request limits", () => {
  it("allows 3 requests per email per hour, then 429 with Retry-After, whatever the address", async () => {
    await makeUser("bomb@example.com");
    for (let i = 0; i < 3; i++) expect((await ask("bomb@example.com")).status).toBe(202);
    const refused = await ask("BOMB@example.com");
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("RATE_LIMITED");
    const retry = Number(refused.headers.get("Retry-After"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(3600);
    await waitFor(() => (smtp.inbox.filter((m) => m.to.includes("bomb@example.com")).length === 3 ? true : undefined));
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.inbox.filter((m) => m.to.includes("bomb@example.com"))).toHaveLength(3);
    // An unknown email is limited the same way, so the limit reveals nothing.
    for (let i = 0; i < 3; i++) expect((await ask("ghost@example.com")).status).toBe(202);
    expect((await ask("ghost@example.com")).status).toBe(429);
  });

  it("counts atomically: 8 parallel requests for one email get exactly 3 through", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => ask("parallel@example.com")));
    expect(results.filter((r) => r.status === 202)).toHaveLength(3);
    expect(results.filter((r) => r.status === 429)).toHaveLength(5);
  });

  it("limits one address spraying many emails (10 per hour)", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await ask(`spray${i}@example.com`, "10.99.0.1")).status);
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await ask("spray-other@example.com", "10.99.0.2")).status).toBe(202);
  });
});
