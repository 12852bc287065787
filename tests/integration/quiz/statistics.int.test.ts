import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { textId } from "@/lib/questions/ids";
import { computeQuizStatistics } from "@/lib/quiz/statistics/compute";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const route = await import("@/app/api/v1/author/quizzes/[quizId]/statistics/route");

type User = Awaited<ReturnType<typeof makeUser>>;
type Deck = Awaited<ReturnType<typeof makeDeck>>;
let owner: User;
let learner: User;
let deck: Deck;
let quizId: string;

const url = (q = "") => `http://localhost/api/v1/author/quizzes/x/statistics${q}`;
const get = (id: string, q = "") => call(route.GET, { url: url(q), params: { quizId: id } });

/** One attempt: marks on q1..q3 (1 right, 0 wrong, null unanswered) saved as single-choice answers. */
async function attempt(
  userId: string,
  attemptNumber: number,
  marks: (0 | 1 | null)[],
  status: "SUBMITTED" | "EXPIRED" | "IN_PROGRESS" = "SUBMITTED",
) {
  await db.quizAttempt.create({
    data: {
      quizId,
      userId,
      attemptNumber,
      status,
      items: deck.questions.map((q) => ({ questionId: q.id, order: {} })),
      deadlineAt: new Date(Date.now() + 600_000),
      responses: {
        create: marks.flatMap((m, i) =>
          m === null
            ? []
            : [
                {
                  questionId: deck.questions[i].id,
                  answer: { choice: textId("o", `${m ? "right" : "wrong"} ${i + 1}`) },
                  correct: m === 1,
                  score: m,
                },
              ],
        ),
      },
    },
  });
}

// The unit test's fixture (tests/unit/quiz/statistics.test.ts), one learner per row; row E
// answered nothing (unanswered scores 0). Learner A also has a worse second attempt and an
// open third one, which the default ("highest") leaves out.
const ROWS: (0 | 1 | null)[][] = [
  [1, 1, 1],
  [1, 0, 1],
  [0, 1, 0],
  [1, 1, 0],
  [null, null, null],
];

beforeAll(async () => {
  owner = await makeUser({ role: "INSTRUCTOR" });
  learner = await makeUser();
  deck = await makeDeck(owner.id, { count: 3 });
  quizId = (await db.quiz.create({ data: { deckId: deck.id, title: "Stats quiz", questionCount: 3 } })).id;
  const learners = [learner, ...(await Promise.all(ROWS.slice(1).map(() => makeUser())))];
  for (const [i, marks] of ROWS.entries()) await attempt(learners[i].id, 1, marks, i === 4 ? "EXPIRED" : "SUBMITTED");
  await attempt(learner.id, 2, [0, 0, 1]);
  await attempt(learner.id, 3, [0, 0, 0], "IN_PROGRESS");
});

describe("GET /api/v1/author/quizzes/{quizId}/statistics", () => {
  it("returns what the pure calculator gives for the learners' highest attempts", async () => {
    signInAs(owner);
    const res = await get(quizId);
    expect(res.status).toBe(200);
    const expected = computeQuizStatistics({
      maxMarks: [1, 1, 1],
      rows: ROWS.map((r) => ({ marks: r.map((m) => m ?? 0), order: [0, 1, 2] })),
    });
    expect(res.body.whichAttempts).toBe("highest");
    expect(res.body.test).toMatchObject({ attempts: 5, maxTotal: 3, slots: 3, slotBasis: "questions" });
    for (const k of ["mean", "median", "standardDeviation", "skewness", "kurtosis", "cic", "errorRatio"] as const)
      expect(res.body.test[k]).toBeCloseTo(expected[k]!, 10);
    expect(res.body.test.standardError).toBeCloseTo(expected.standardError!, 10);
    // The hand-computed values of the unit fixture, end to end through the database.
    expect(res.body.test.cic).toBeCloseTo(600 / 13, 10);
    expect(res.body.items.map((i: { questionId: string }) => i.questionId)).toEqual(deck.questions.map((q) => q.id));
    res.body.items.forEach((item: Record<string, number | null>, j: number) => {
      expect(item.attempts).toBe(5);
      expect(item.facility).toBeCloseTo(expected.items[j].facility!, 10);
      expect(item.sd).toBeCloseTo(expected.items[j].sd!, 10);
      expect(item.discriminationIndex).toBeCloseTo(expected.items[j].discriminationIndex!, 10);
      expect(item.discriminativeEfficiency).toBeCloseTo(expected.items[j].discriminativeEfficiency!, 10);
    });
    expect(res.body.items[0].discriminationIndex).toBeCloseTo(64.54972243679028, 10);
    // 5 attempts: numbers, but "not enough attempts" instead of flags.
    expect(res.body.items[0]).toMatchObject({ enoughAttempts: false, flags: [] });
    expect(res.body.minAttemptsForFlags).toBe(30);
    // Option counts over the same attempts: q1 right in A, B, D; wrong in C; E answered nothing.
    expect(res.body.items[0].options).toEqual([
      { id: textId("o", "right 1"), text: "right 1", correct: true, count: 3 },
      { id: textId("o", "wrong 1"), text: "wrong 1", correct: false, count: 1 },
    ]);
  });

  it("counts every finished attempt with ?attempts=all and the first ones with ?attempts=first", async () => {
    signInAs(owner);
    const all = await get(quizId, "?attempts=all");
    expect(all.body.test.attempts).toBe(6); // the open attempt never counts
    const first = await get(quizId, "?attempts=first");
    expect(first.body.test.mean).toBeCloseTo(1.6, 10);
    const bad = await get(quizId, "?attempts=best");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toContain("query.attempts");
  });

  it("is empty, not an error, for a quiz nobody has finished", async () => {
    signInAs(owner);
    const empty = await db.quiz.create({ data: { deckId: deck.id, title: "Unused", questionCount: 3 } });
    const res = await get(empty.id);
    expect(res.status).toBe(200);
    expect(res.body.test).toMatchObject({ attempts: 0, mean: null, cic: null });
    expect(res.body.items).toEqual([]);
  });

  it("refuses a learner (403), another instructor (403 published, 404 draft) and the signed out (401)", async () => {
    signInAs(learner);
    expect((await get(quizId)).status).toBe(403);
    const other = await makeUser({ role: "INSTRUCTOR" });
    signInAs(other);
    expect((await get(quizId)).status).toBe(403);
    const draft = await makeDeck(owner.id, { status: "DRAFT" });
    const onDraft = await db.quiz.create({ data: { deckId: draft.id, title: "Draft", questionCount: 1 } });
    expect((await get(onDraft.id)).status).toBe(404);
    expect((await get("no-such-quiz")).status).toBe(404);
    signInAs(null);
    expect((await get(quizId)).status).toBe(401);
    const admin = await makeUser({ role: "ADMIN" });
    signInAs(admin);
    expect((await get(quizId)).status).toBe(200);
  });
});
