import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { exportDeck, importQuestions } from "@/lib/authoring/import-export";
import { makeDeck, makeUser, singleChoice } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const questionsRoute = await import("@/app/api/v1/author/decks/[deckId]/questions/route");
const questionRoute = await import("@/app/api/v1/author/questions/[questionId]/route");

describe("question tags and quiz-only", () => {
  it("are normalised on create, refused with the tag's field when not a slug, and cleared by a PATCH", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { count: 0 });
    signInAs(owner);
    const created = await call(questionsRoute.POST, {
      params: { deckId: deck.id },
      body: { ...singleChoice(1), tags: [" Kernel Namespaces", "kernel_namespaces", "OCI"], quizOnly: true },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ tags: ["kernel-namespaces", "oci"], quizOnly: true });

    const bad = await call(questionsRoute.POST, {
      params: { deckId: deck.id },
      body: { ...singleChoice(2), tags: ["ok", "c++"] },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(["tags.1"]);
    const notBool = await call(questionsRoute.POST, {
      params: { deckId: deck.id },
      body: { ...singleChoice(2), quizOnly: "yes" },
    });
    expect(notBool.status).toBe(400);
    expect(Object.keys(notBool.body.error.fields)).toEqual(["quizOnly"]);
    expect(await db.question.count({ where: { deckId: deck.id } })).toBe(1);

    const kept = await call(questionRoute.PATCH, { params: { questionId: created.body.id }, body: { prompt: "New?" } });
    expect(kept.body).toMatchObject({ prompt: "New?", tags: ["kernel-namespaces", "oci"], quizOnly: true });
    const cleared = await call(questionRoute.PATCH, {
      params: { questionId: created.body.id },
      body: { tags: [], quizOnly: false },
    });
    expect(cleared.body).toMatchObject({ tags: [], quizOnly: false });
  });

  it("travel through a JSON export and import; GIFT (which has no tags) still exports", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const from = await makeDeck(owner.id, {
      questions: [{ ...singleChoice(1), tags: ["cgroups"], quizOnly: true }, singleChoice(2)],
    });
    const file = await exportDeck(owner, from.id, "json");
    expect(file.text).toContain('"tags": [\n        "cgroups"\n      ]');
    const to = await makeDeck(owner.id, { count: 0 });
    await importQuestions(owner, to.id, "json", file.text);
    const rows = await db.question.findMany({ where: { deckId: to.id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.tags, r.quizOnly])).toEqual([
      [["cgroups"], true],
      [[], false],
    ]);
    expect((await exportDeck(owner, from.id, "gift")).text).toContain("Question 1");
  });
});
