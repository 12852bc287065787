import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { QuestionInput } from "@/lib/questions/schemas";
import { getAttemptView, saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/attempts";
import { getAttemptResult } from "@/lib/quiz/results";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const attemptRoute = await import("@/app/api/v1/attempts/[attemptId]/route");

const q = (type: QuestionInput["type"], payload: unknown, n: number): QuestionInput =>
  ({ type, prompt: `Q${n} (${type})`, explanation: `Because ${n}.`, section: "4.1", payload }) as QuestionInput;

/** One question of each type whose learner can leave it in a state that looks like an answer. */
const QUESTIONS = [
  q("ordering", { items: ["first", "second", "third"] }, 1),
  q(
    "matching",
    {
      pairs: [
        { left: "runc", right: "runtime" },
        { left: "containerd", right: "supervisor" },
      ],
    },
    2,
  ),
  q(
    "multiple",
    {
      options: [
        { text: "a", correct: true },
        { text: "b", correct: true },
        { text: "c", correct: false },
      ],
    },
    3,
  ),
  q("short", { accepted: ["runc"] }, 4),
];

const T0 = new Date("2026-06-10T12:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

async function started(timeLimitSeconds = 600, now = T0) {
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const deck = await makeDeck(owner.id, { questions: QUESTIONS });
  const quiz = await db.quiz.create({
    data: {
      deckId: deck.id,
      title: "Taking",
      questionCount: QUESTIONS.length,
      timeLimitSeconds,
      attemptsAllowed: 2,
      passMarkPercent: 50,
      shuffle: false,
    },
  });
  const learner = await makeUser();
  const view = await startAttempt(learner.id, quiz.id, now);
  const byType = (t: string) => view.questions.find((x) => x.type === t)!;
  return { learner, quiz, view, byType };
}

describe("taking a quiz", () => {
  beforeAll(() => signInAs(null));

  it("an ordering and a matching never touched are unanswered: nothing saved, 0 %, shown as not answered", async () => {
    const { learner, view } = await started();
    await submitAttempt(learner.id, view.id, at(5_000));
    const result = await getAttemptResult(learner.id, view.id, at(6_000));
    expect(result.scorePercent).toBe(0);
    for (const item of result.items) {
      expect(item.answer).toBeNull();
      expect(item.result).toEqual({ correct: false, score: 0, feedback: ["Not answered."] });
    }
  });

  it("a matching set back to Choose…, a multiple untick and an emptied short answer are unanswered again", async () => {
    const { learner, view, byType } = await started();
    const matching = byType("matching");
    const multiple = byType("multiple");
    const short = byType("short");
    if (matching.view.type !== "matching" || multiple.view.type !== "multiple") throw new Error("types");
    const left = matching.view.lefts[0].id;
    await saveAnswer(
      learner.id,
      view.id,
      { questionId: matching.id, answer: { matches: { [left]: matching.view.rights[0].id } } },
      at(1_000),
    );
    await saveAnswer(
      learner.id,
      view.id,
      { questionId: multiple.id, answer: { choices: [multiple.view.options[0].id] } },
      at(1_000),
    );
    await saveAnswer(learner.id, view.id, { questionId: short.id, answer: { text: "run" } }, at(1_000));
    expect(Object.keys((await getAttemptView(learner.id, view.id, at(1_500))).answers)).toHaveLength(3);

    await saveAnswer(learner.id, view.id, { questionId: matching.id, answer: { matches: {} } }, at(2_000));
    await saveAnswer(learner.id, view.id, { questionId: multiple.id, answer: { choices: [] } }, at(2_000));
    await saveAnswer(learner.id, view.id, { questionId: short.id, answer: { text: "  " } }, at(2_000));
    expect((await getAttemptView(learner.id, view.id, at(2_500))).answers).toEqual({});
    expect(await db.quizResponse.count({ where: { attemptId: view.id } })).toBe(0);

    await submitAttempt(learner.id, view.id, at(3_000));
    const result = await getAttemptResult(learner.id, view.id, at(3_000));
    expect(result.scorePercent).toBe(0);
    expect(result.items.every((i) => i.answer === null)).toBe(true);
  });

  it("a blank answer is still refused after the deadline and on a wrong shape", async () => {
    const { learner, view, byType } = await started(60);
    const matching = byType("matching");
    await expect(
      saveAnswer(learner.id, view.id, { questionId: matching.id, answer: { choices: [] } }, at(1_000)),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      saveAnswer(learner.id, view.id, { questionId: matching.id, answer: { matches: {} } }, at(62_001)),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  // Through the route, on the real clock.
  it("flags persist per question, toggle, and survive a reload; bad input writes nothing", async () => {
    const { learner, view } = await started(600, new Date());
    signInAs(learner);
    const patch = (body: unknown, attemptId = view.id) =>
      call(attemptRoute.PATCH, { method: "PATCH", params: { attemptId }, body });
    const [a, b] = view.questions;
    expect(view.flagged).toEqual([]);
    expect((await patch({ flag: { questionId: a.id, flagged: true } })).body).toEqual({ position: 0, flagged: [a.id] });
    expect((await patch({ flag: { questionId: b.id, flagged: true } })).body.flagged).toEqual([a.id, b.id]);
    expect((await patch({ flag: { questionId: b.id, flagged: true } })).body.flagged).toEqual([a.id, b.id]);
    expect((await patch({ flag: { questionId: a.id, flagged: false } })).body.flagged).toEqual([b.id]);
    expect((await call(attemptRoute.GET, { params: { attemptId: view.id } })).body.flagged).toEqual([b.id]);

    const notIn = await patch({ flag: { questionId: "q-elsewhere", flagged: true } });
    expect(notIn.status).toBe(400);
    expect(notIn.body.error.fields["flag.questionId"]).toEqual(["Not in this attempt"]);
    const empty = await patch({});
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields.position).toBeDefined();
    expect((await patch({ flag: { questionId: a.id, flagged: "yes" } })).status).toBe(400);

    signInAs(await makeUser());
    expect((await patch({ flag: { questionId: a.id, flagged: true } })).status).toBe(404);
    signInAs(learner);
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: view.id } });
    expect(row.flaggedQuestionIds).toEqual([b.id]);
    expect(row.lastPosition).toBe(0);
  });

  it("resume reopens the question the learner left; out-of-range positions are 400", async () => {
    const { learner, quiz, view } = await started(600, new Date());
    signInAs(learner);
    const patch = (body: unknown) =>
      call(attemptRoute.PATCH, { method: "PATCH", params: { attemptId: view.id }, body });
    expect((await patch({ position: 2 })).body).toEqual({ position: 2, flagged: [] });
    expect((await getAttemptView(learner.id, view.id)).position).toBe(2);
    const resumed = await startAttempt(learner.id, quiz.id); // "Start" again resumes
    expect(resumed.id).toBe(view.id);
    expect(resumed.position).toBe(2);

    const tooFar = await patch({ position: QUESTIONS.length });
    expect(tooFar.status).toBe(400);
    expect(tooFar.body.error.fields.position).toEqual([`Must be between 0 and ${QUESTIONS.length - 1}`]);
    expect((await patch({ position: -1 })).status).toBe(400);
    expect((await patch({ position: 1.5 })).status).toBe(400);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: view.id } })).lastPosition).toBe(2);
  });

  it("position and flags are refused once the attempt is finished or past its deadline", async () => {
    const { learner, view } = await started(60, new Date());
    signInAs(learner);
    const patch = (body: unknown) =>
      call(attemptRoute.PATCH, { method: "PATCH", params: { attemptId: view.id }, body });
    await db.quizAttempt.update({ where: { id: view.id }, data: { deadlineAt: new Date(Date.now() - 10_000) } });
    const late = await patch({ position: 1 });
    expect(late.status).toBe(409);
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: view.id } });
    expect(row.status).toBe("EXPIRED");
    expect(row.lastPosition).toBe(0);
    expect((await patch({ flag: { questionId: view.questions[0].id, flagged: true } })).status).toBe(409);
  });
});
