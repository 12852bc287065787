import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const onboarding = await import("@/app/api/v1/me/onboarding/route");
const signUp = await import("@/app/api/v1/auth/sign-up/route");

async function newLearner() {
  const user = await makeUser();
  await db.user.update({ where: { id: user.id }, data: { onboardedAt: null } });
  signInAs({ ...user, onboardedAt: null });
  return user;
}

describe("POST /api/v1/me/onboarding", () => {
  it("enrols in the chosen decks, saves the time zone and new-card limit, and marks the learner onboarded", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const [a, b, c] = [await makeDeck(owner.id), await makeDeck(owner.id), await makeDeck(owner.id)];
    const user = await newLearner();
    const res = await call(onboarding.POST, {
      body: { deckIds: [a.id, b.id, a.id], timeZone: "Europe/Berlin", newCardsPerDay: 7 },
    });
    expect(res.status).toBe(200);
    expect(res.body.enrolledDeckIds).toEqual([a.id, b.id]);
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved).toMatchObject({ timeZone: "Europe/Berlin", newCardsPerDay: 7 });
    expect(saved.onboardedAt).toBeInstanceOf(Date);
    const enrolled = await db.deckEnrollment.findMany({ where: { userId: user.id }, select: { deckId: true } });
    expect(enrolled.map((e) => e.deckId).sort()).toEqual([a.id, b.id].sort());
    expect(enrolled.some((e) => e.deckId === c.id)).toBe(false);
  });

  it("keeps decks the learner already studies and accepts choosing none", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id);
    const user = await newLearner();
    await db.deckEnrollment.create({ data: { userId: user.id, deckId: deck.id } });
    const res = await call(onboarding.POST, { body: { deckIds: [], timeZone: "UTC", newCardsPerDay: 20 } });
    expect(res.status).toBe(200);
    expect(await db.deckEnrollment.count({ where: { userId: user.id } })).toBe(1);
  });

  it.each([
    [{ deckIds: [], timeZone: "Mars/Olympus", newCardsPerDay: 10 }, "timeZone"],
    [{ deckIds: [], timeZone: "UTC", newCardsPerDay: -1 }, "newCardsPerDay"],
    [{ deckIds: [], timeZone: "UTC", newCardsPerDay: 2.5 }, "newCardsPerDay"],
    [{ deckIds: [], timeZone: "UTC" }, "newCardsPerDay"],
    [{ deckIds: "all", timeZone: "UTC", newCardsPerDay: 10 }, "deckIds"],
    [{ deckIds: [], timeZone: "UTC", newCardsPerDay: 10, role: "ADMIN" }, "_"],
  ])("refuses %j with a 400 naming %s and changes nothing", async (body, field) => {
    const user = await newLearner();
    const res = await call(onboarding.POST, { body });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[field]).toBeDefined();
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved).toMatchObject({ timeZone: "UTC", newCardsPerDay: 20, onboardedAt: null, role: "LEARNER" });
  });

  it("refuses a draft or unknown deck with a 400 on deckIds and writes nothing, not even the valid decks", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const published = await makeDeck(owner.id);
    const draft = await makeDeck(owner.id, { status: "DRAFT" });
    const user = await newLearner();
    for (const bad of [draft.id, "no-such-deck"]) {
      const res = await call(onboarding.POST, {
        body: { deckIds: [published.id, bad], timeZone: "Asia/Tokyo", newCardsPerDay: 5 },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.fields.deckIds[0]).toContain(bad);
    }
    expect(await db.deckEnrollment.count({ where: { userId: user.id } })).toBe(0);
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved).toMatchObject({ timeZone: "UTC", newCardsPerDay: 20, onboardedAt: null });
  });

  it("needs a signed-in user", async () => {
    signInAs(null);
    const res = await call(onboarding.POST, { body: { deckIds: [], timeZone: "UTC", newCardsPerDay: 1 } });
    expect(res.status).toBe(401);
  });
});

describe("who is sent to /welcome", () => {
  it("a new sign-up has not been onboarded yet", async () => {
    const res = await call(signUp.POST, {
      body: { name: "Nia", email: "nia@example.com", password: "long-enough-pw" },
    });
    expect(res.status).toBe(201);
    expect((await db.user.findUniqueOrThrow({ where: { email: "nia@example.com" } })).onboardedAt).toBeNull();
  });

  it("the seeded demo accounts are onboarded", async () => {
    const { seed } = await import("@/prisma/seed");
    await seed(db, { demo: true });
    const demo = await db.user.findMany({
      where: { email: { endsWith: "@example.com" }, passwordHash: { not: null } },
    });
    const seeded = demo.filter((u) => ["learner", "instructor", "admin"].includes(u.email.split("@")[0]));
    expect(seeded).toHaveLength(3);
    for (const u of seeded) expect(u.onboardedAt).toBeInstanceOf(Date);
  });
});
