import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createDeck, slugify } from "@/lib/authoring/decks";
import { db } from "@/lib/db/client";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const authorDeckRoute = await import("@/app/api/v1/author/decks/[deckId]/route");
const deckRoute = await import("@/app/api/v1/decks/[deckId]/route");

/** Decks are found by id or slug, so a slug must never be able to pass for another deck's id. */
describe("a slug can never be a deck id", () => {
  it("setting a slug to another deck's (cuid) id is a 400 naming slug; both decks still resolve", async () => {
    const instructor = await makeUser({ role: "INSTRUCTOR" });
    const [a, b] = [
      await makeDeck(instructor.id, { title: "Deck A" }),
      await makeDeck(instructor.id, { title: "Deck B" }),
    ];
    signInAs(instructor);
    const res = await call(authorDeckRoute.PATCH, { method: "PATCH", params: { deckId: b.id }, body: { slug: a.id } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.slug[0]).toMatch(/id/);
    expect((await db.deck.findUniqueOrThrow({ where: { id: b.id } })).slug).toBe(b.slug);

    const learner = await makeUser();
    signInAs(learner);
    expect((await call(deckRoute.GET, { params: { deckId: a.id } })).body.title).toBe("Deck A");
    expect((await call(deckRoute.GET, { params: { deckId: b.id } })).body.title).toBe("Deck B");
    expect((await call(deckRoute.GET, { params: { deckId: b.slug } })).body.title).toBe("Deck B");
  });

  it("a slug equal to an existing deck id that is not cuid-shaped is a 409 naming slug", async () => {
    const instructor = await makeUser({ role: "INSTRUCTOR" });
    await db.deck.create({
      data: {
        id: "legacy-deck-7",
        slug: "legacy-slug-7",
        title: "Legacy",
        ownerId: instructor.id,
        status: "PUBLISHED",
      },
    });
    const b = await makeDeck(instructor.id, { title: "Deck B" });
    signInAs(instructor);
    const res = await call(authorDeckRoute.PATCH, {
      method: "PATCH",
      params: { deckId: b.id },
      body: { slug: "legacy-deck-7" },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.fields.slug[0]).toMatch(/id/);
    signInAs(await makeUser());
    expect((await call(deckRoute.GET, { params: { deckId: "legacy-deck-7" } })).body.title).toBe("Legacy");
  });

  it("the lookup prefers the id: a slug left equal to another deck's id (old data) never serves that other deck", async () => {
    const instructor = await makeUser({ role: "INSTRUCTOR" });
    const draft = await makeDeck(instructor.id, { title: "Draft A", status: "DRAFT" });
    const published = await makeDeck(instructor.id, { title: "Published A" });
    const squatter = await makeDeck(instructor.id, { title: "Squatter" });
    await db.$executeRaw`UPDATE "Deck" SET slug = ${draft.id} WHERE id = ${squatter.id}`;
    signInAs(await makeUser());
    expect((await call(deckRoute.GET, { params: { deckId: draft.id } })).status).toBe(404);
    await db.$executeRaw`UPDATE "Deck" SET slug = ${published.id} WHERE id = ${squatter.id}`;
    expect((await call(deckRoute.GET, { params: { deckId: published.id } })).body.title).toBe("Published A");
  });

  it("a title that looks like an id gets a slug that does not", async () => {
    const instructor = await makeUser({ role: "INSTRUCTOR" });
    const title = "cjld2cjxh0000qzrmn831i7rn";
    expect(slugify(title)).not.toMatch(/^c[a-z0-9]{24}$/);
    const deck = await createDeck({ id: instructor.id, role: "INSTRUCTOR" }, { title });
    expect(deck.slug).toBe(`deck-${title}`);
    await expect(
      createDeck({ id: instructor.id, role: "INSTRUCTOR" }, { title: "x" }, { slug: deck.id }),
    ).rejects.toMatchObject({ extra: { fields: { slug: expect.any(Array) } } });
  });

  it("the data migration renames slugs written before the rule", async () => {
    const instructor = await makeUser({ role: "INSTRUCTOR" });
    const [a, b, c] = [await makeDeck(instructor.id), await makeDeck(instructor.id), await makeDeck(instructor.id)];
    const cuidLike = "cabcdefghijklmnopqrstuvwx";
    await db.$executeRaw`UPDATE "Deck" SET slug = ${a.id} WHERE id = ${b.id}`;
    await db.$executeRaw`UPDATE "Deck" SET slug = ${cuidLike} WHERE id = ${c.id}`;
    const sql = fs.readFileSync(
      path.resolve(import.meta.dirname, "../../../prisma/migrations/20261201000400_slugs_not_ids/migration.sql"),
      "utf8",
    );
    await db.$executeRawUnsafe(sql);
    const slugs = Object.fromEntries(
      (await db.deck.findMany({ where: { id: { in: [a.id, b.id, c.id] } } })).map((d) => [d.id, d.slug]),
    );
    expect(slugs).toEqual({ [a.id]: a.slug, [b.id]: `deck-${a.id}`, [c.id]: `deck-${cuidLike}` });
  });
});
