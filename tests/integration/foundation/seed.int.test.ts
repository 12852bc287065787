import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadCurriculum } from "@/lib/decks/curriculum";
import { seedCurriculum } from "@/lib/decks/seed-curriculum";
import { seed } from "@/prisma/seed";
import { recordReview } from "@/lib/srs/reviews";
import { makeUser, requestId } from "@/tests/helpers/factories";

describe("seed", () => {
  it("is idempotent and loads five published decks (four chapter decks and the internals deck), one quiz each, and the demo accounts", async () => {
    await seed(db, { demo: true });
    await seed(db, { demo: true });
    const decks = await db.deck.findMany({
      where: { status: "PUBLISHED" },
      include: { _count: { select: { questions: true, quizzes: true } } },
    });
    expect(decks.map((d) => d.chapter).sort()).toEqual(["4.1", "4.2", "4.3", "4.4", "5"]);
    for (const d of decks) {
      expect(d._count.questions).toBeGreaterThanOrEqual(30);
      expect(d._count.quizzes).toBe(1);
    }
    const emails = (await db.user.findMany({ select: { email: true } })).map((u) => u.email);
    expect(emails).toEqual(
      expect.arrayContaining(["learner@example.com", "instructor@example.com", "admin@example.com"]),
    );
    expect(await db.deckEnrollment.count({ where: { user: { email: "learner@example.com" } } })).toBe(5);
  });

  it("re-seeding after an edit updates questions in place and keeps learners' history", async () => {
    const { decks } = loadCurriculum();
    await seedCurriculum(db, decks);
    const learner = await makeUser();
    const target = decks[0].questions[0];
    await recordReview(learner, { clientRequestId: requestId(), questionId: target.id, grade: 5, expectedVersion: 0 });

    const edited = structuredClone(decks);
    edited[0].questions[0] = { ...edited[0].questions[0], prompt: `${target.prompt} (reworded)` };
    const removed = edited[1].questions.pop()!;
    await seedCurriculum(db, edited);

    const row = await db.question.findUniqueOrThrow({ where: { id: target.id } });
    expect(row.prompt).toMatch(/\(reworded\)$/);
    expect(await db.reviewState.count({ where: { userId: learner.id, questionId: target.id } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: learner.id, questionId: target.id } })).toBe(1);
    expect((await db.question.findUniqueOrThrow({ where: { id: removed.id } })).archivedAt).not.toBeNull();
  });

  it("writes a question's upstream source under its explanation, and keeps its kind in the file", async () => {
    const { decks } = loadCurriculum();
    const edited = structuredClone(decks);
    const q = edited[0].questions[0];
    q.source = {
      title: "namespaces(7) — Linux manual page",
      url: "https://man7.org/linux/man-pages/man7/namespaces.7.html",
    };
    await seedCurriculum(db, edited);
    const row = await db.question.findUniqueOrThrow({ where: { id: q.id } });
    expect(row.explanation).toBe(
      `${q.explanation}\n\nSource: [namespaces(7) — Linux manual page](https://man7.org/linux/man-pages/man7/namespaces.7.html)`,
    );
    expect(row.explanation.startsWith(q.explanation)).toBe(true);
  });

  it("refuses to seed a curriculum question whose payload fails its schema, writing nothing", async () => {
    const { decks } = loadCurriculum();
    const bad = structuredClone(decks[0]);
    bad.slug = "broken-deck";
    (bad.questions[3] as { payload: unknown }).payload = { options: [{ text: "only", correct: true }] };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lw-cur-"));
    fs.writeFileSync(path.join(dir, "9.9-broken.deck.json"), JSON.stringify(bad));
    await expect(seed(db, { demo: false, curriculumDir: dir })).rejects.toThrow(
      new RegExp(`question ${bad.questions[3].id}: questions\\[3\\]\\.payload`),
    );
    expect(await db.deck.count({ where: { slug: "broken-deck" } })).toBe(0);
  });
});
