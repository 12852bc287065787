import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDeckStats } from "@/lib/authoring/stats";
import { db } from "@/lib/db/client";
import { textId } from "@/lib/questions/ids";
import { makeDeck, makeUser, requestId } from "@/tests/helpers/factories";
import { mockSession } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));

type User = Awaited<ReturnType<typeof makeUser>>;
let owner: User;
beforeAll(async () => {
  owner = await makeUser({ role: "INSTRUCTOR" });
});

describe("deck statistics from the database", () => {
  it("uses finished attempts only, scores unanswered drawn questions 0, counts options, and reads scheduled reviews", async () => {
    const deck = await makeDeck(owner.id, { count: 3 });
    const [q1, q2, q3] = deck.questions;
    const quiz = await db.quiz.create({ data: { deckId: deck.id, title: "Quiz", questionCount: 3 } });
    const items = [q1, q2, q3].map((q) => ({ questionId: q.id, order: {} }));
    const choice = (n: number, right: boolean) => ({ choice: textId("o", `${right ? "right" : "wrong"} ${n}`) });
    // Scores per attempt (q1, q2, q3): A 1,1,1 · B 1,0,— (q3 unanswered) · C 0,0,1 · D (in progress) ignored.
    const attempts: { status: "SUBMITTED" | "EXPIRED" | "IN_PROGRESS"; answers: [number, boolean][] }[] = [
      {
        status: "SUBMITTED",
        answers: [
          [1, true],
          [2, true],
          [3, true],
        ],
      },
      {
        status: "EXPIRED",
        answers: [
          [1, true],
          [2, false],
        ],
      },
      {
        status: "SUBMITTED",
        answers: [
          [1, false],
          [2, false],
          [3, true],
        ],
      },
      {
        status: "IN_PROGRESS",
        answers: [
          [1, false],
          [2, false],
          [3, false],
        ],
      },
    ];
    for (const [i, a] of attempts.entries()) {
      const learner = await makeUser();
      await db.quizAttempt.create({
        data: {
          quizId: quiz.id,
          userId: learner.id,
          attemptNumber: 1,
          items,
          status: a.status,
          deadlineAt: new Date(Date.now() + 60_000),
          responses: {
            create: a.answers.map(([n, right]) => ({
              questionId: deck.questions[n - 1].id,
              answer: choice(n, right),
              correct: right,
              score: right ? 1 : 0,
            })),
          },
        },
      });
      // Reviews of q1: before repetitions 0 (grade 5), 2 (grade 1: a lapse), 3 (grade 4); a drill and an undone review are left out.
      if (i === 0) {
        const logs = [
          { grade: 5, before: { repetitions: 0 } },
          { grade: 1, before: { repetitions: 2 } },
          { grade: 4, before: { repetitions: 3 } },
          { grade: 0, before: { repetitions: 1 }, drill: true },
          { grade: 0, before: { repetitions: 1 }, undoneAt: new Date() },
        ];
        for (const l of logs)
          await db.reviewLog.create({
            data: { userId: learner.id, questionId: q1.id, clientRequestId: requestId(), after: {}, ...l },
          });
      }
    }

    const stats = await getDeckStats(owner, deck.id);
    expect(stats.attempts).toBe(3);
    const [s1, s2, s3] = stats.items;
    expect([s1.questionId, s2.questionId, s3.questionId]).toEqual([q1.id, q2.id, q3.id]);
    // q1: item [1,1,0], rest [2,0,1] → r = 0.  q2: item [1,0,0], rest [2,1,1] → r = 1.  q3: item [1,0,1], rest [2,1,0] → r = 0.
    expect(s1).toMatchObject({
      attempts: 3,
      facility: (2 / 3) * 100,
      discrimination: 0,
      // 3 attempts: too few to flag anything (issue #13 flagged at n = 1).
      flags: [],
    });
    expect(s2.facility).toBeCloseTo(100 / 3);
    expect(s2.discrimination).toBeCloseTo(100);
    expect(s3).toMatchObject({ attempts: 3, discrimination: 0 });
    expect(s1.options).toEqual([
      { id: textId("o", "right 1"), text: "right 1", correct: true, count: 2 },
      { id: textId("o", "wrong 1"), text: "wrong 1", correct: false, count: 1 },
    ]);
    expect(s1).toMatchObject({ reviews: 3, averageGrade: 10 / 3, lapseRate: 50 });
    expect(s2).toMatchObject({ reviews: 0, averageGrade: null, lapseRate: null });
  });
});
