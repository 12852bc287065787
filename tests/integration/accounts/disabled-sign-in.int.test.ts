import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";

process.env.NEXTAUTH_SECRET = "test-secret-for-session-tokens";
process.env.NEXTAUTH_URL = "http://localhost:3000";
const { signInWithPassword } = await import("@/tests/helpers/next-auth");

describe("signing in to a disabled account", () => {
  it("the right password is told the account is disabled; a wrong one gets the generic refusal; neither signs in", async () => {
    await db.user.create({
      data: {
        email: "off@example.com",
        name: "Off",
        passwordHash: await hashPassword("right-password"),
        disabledAt: new Date(),
      },
    });
    expect(await signInWithPassword("off@example.com", "right-password")).toEqual({
      token: null,
      error: "AccountDisabled",
    });
    expect(await signInWithPassword("off@example.com", "wrong-password")).toEqual({
      token: null,
      error: "CredentialsSignin",
    });
    expect(await signInWithPassword("nobody@example.com", "right-password")).toEqual({
      token: null,
      error: "CredentialsSignin",
    });
  });

  it("an enabled account with the right password signs in", async () => {
    await db.user.create({
      data: { email: "on@example.com", name: "On", passwordHash: await hashPassword("right-password") },
    });
    const res = await signInWithPassword("on@example.com", "right-password");
    expect(res.error).toBeNull();
    expect(res.token).toBeTruthy();
  });
});
