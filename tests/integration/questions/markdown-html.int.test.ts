import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getPublishedDeck } from "@/lib/decks/browse";
import { questionMarkdown } from "@/lib/markdown/collect";
import { markdownHtml } from "@/lib/markdown/render";
import type { QuestionInput } from "@/lib/questions/schemas";
import type { PublicQuestion } from "@/lib/questions/types";
import { getAttemptView } from "@/lib/quiz/attempts";
import { enroll, makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const startRoute = await import("@/app/api/v1/quizzes/[quizId]/attempts/route");
const attemptRoute = await import("@/app/api/v1/attempts/[attemptId]/route");
const answersRoute = await import("@/app/api/v1/attempts/[attemptId]/answers/route");
const submitRoute = await import("@/app/api/v1/attempts/[attemptId]/submit/route");
const resultRoute = await import("@/app/api/v1/attempts/[attemptId]/result/route");
const queueRoute = await import("@/app/api/v1/study/queue/route");
const checkRoute = await import("@/app/api/v1/study/check/route");

// Every string a learner may see only after answering carries one of these markers (in Markdown,
// so the HTML map would hold it too), and the public text none of them.
const SECRET = {
  explainSingle: "EXPL-SINGLE",
  rightOption: "FB-RIGHT-OPTION",
  wrongOption: "FB-WRONG-OPTION",
  explainTf: "EXPL-TF",
  tfTrue: "FB-TF-TRUE",
  tfFalse: "FB-TF-FALSE",
  explainMulti: "EXPL-MULTI",
  multiA: "FB-MULTI-A",
  explainCard: "EXPL-CARD",
  back: "BACK-OF-CARD",
};
const QUIZ_QUESTIONS: QuestionInput[] = [
  {
    type: "single",
    prompt: "Pick **one** of these",
    explanation: `*${SECRET.explainSingle}* because`,
    section: "4.1",
    payload: {
      options: [
        { text: "`yes`", correct: true, feedback: `**${SECRET.rightOption}**` },
        { text: "_no_", correct: false, feedback: `**${SECRET.wrongOption}**` },
      ],
    },
  },
  {
    type: "truefalse",
    prompt: "Runc is a *runtime*",
    explanation: `${SECRET.explainTf} [docs](http://x.org)`,
    section: "4.1",
    payload: { answer: true, feedbackTrue: `*${SECRET.tfTrue}*`, feedbackFalse: `*${SECRET.tfFalse}*` },
  },
  {
    type: "multiple",
    prompt: "Pick *two*",
    explanation: `~~${SECRET.explainMulti}~~`,
    section: "4.2",
    payload: {
      options: [
        { text: "**a**", correct: true, feedback: SECRET.multiA },
        { text: "b", correct: true },
        { text: "c", correct: false },
      ],
    },
  },
];
const CARD: QuestionInput = {
  type: "flashcard",
  prompt: "What is a *namespace*?",
  explanation: SECRET.explainCard,
  section: "4.1",
  payload: { back: `An **${SECRET.back}** view` },
};

/** Every Markdown string a public question shows: its prompt, and each text of its view. */
function publicTexts(questions: PublicQuestion[]) {
  const block = new Set<string>();
  const inline = new Set<string>();
  for (const q of questions) for (const [text, isInline] of questionMarkdown(q)) (isInline ? inline : block).add(text);
  return { block: [...block].sort(), inline: [...inline].sort() };
}
const keysOf = (m: { block: Record<string, string>; inline: Record<string, string> }) => ({
  block: Object.keys(m.block).sort(),
  inline: Object.keys(m.inline).sort(),
});
const secretsIn = (json: unknown) => Object.values(SECRET).filter((s) => JSON.stringify(json).includes(s));

describe("the Markdown HTML map says no more than the learner may see", () => {
  beforeAll(() => signInAs(null));

  it("a quiz attempt carries only its public text before submit, and the review after", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { questions: QUIZ_QUESTIONS });
    const quiz = await db.quiz.create({
      data: {
        deckId: deck.id,
        title: "Markdown",
        questionCount: QUIZ_QUESTIONS.length,
        timeLimitSeconds: 600,
        passMarkPercent: 50,
        shuffle: false,
      },
    });
    const learner = await makeUser();
    signInAs(learner);

    const started = await call(startRoute.POST, { params: { quizId: quiz.id } });
    expect(started.status).toBe(201);
    const attemptId: string = started.body.id;
    const pages = [
      started.body,
      (await call(attemptRoute.GET, { params: { attemptId } })).body,
      // What the attempt page hands the runner as props.
      await getAttemptView(learner.id, attemptId),
    ];
    for (const view of pages) {
      expect(keysOf(view.markdown)).toEqual(publicTexts(view.questions));
      expect(view.markdown.block["Pick **one** of these"]).toBe("<p>Pick <strong>one</strong> of these</p>");
      expect(view.markdown.inline["`yes`"]).toBe("<code>yes</code>");
      expect(secretsIn(view)).toEqual([]);
      expect(JSON.stringify(view)).not.toMatch(/"correct"|"explanation"|"feedback"|"solution"/);
    }

    // Answered wrongly, so the wrong option's feedback comes from the grader too.
    const single = started.body.questions.find((q: PublicQuestion) => q.type === "single");
    const no = single.view.options.find((o: { text: string }) => o.text === "_no_").id;
    await call(answersRoute.PUT, { params: { attemptId }, body: { questionId: single.id, answer: { choice: no } } });
    const saved = await call(attemptRoute.GET, { params: { attemptId } });
    expect(secretsIn(saved.body)).toEqual([]);

    const submitted = await call(submitRoute.POST, { params: { attemptId } });
    expect(submitted.status).toBe(200);
    const result = (await call(resultRoute.GET, { params: { attemptId } })).body;
    for (const shown of [submitted.body, result]) {
      // The quiz shows marks, answers and explanations after each attempt: all of them are there,
      // rendered, except feedback written for an answer that is not the right one and was not given.
      expect(secretsIn(shown.markdown).sort()).toEqual(
        [
          SECRET.explainSingle,
          SECRET.rightOption,
          SECRET.wrongOption,
          SECRET.explainTf,
          SECRET.tfTrue,
          SECRET.explainMulti,
          SECRET.multiA,
        ].sort(),
      );
      expect(shown.markdown.block[`*${SECRET.explainSingle}* because`]).toBe(
        `<p><em>${SECRET.explainSingle}</em> because</p>`,
      );
      expect(shown.markdown.block[`**${SECRET.wrongOption}**`]).toBe(`<p><strong>${SECRET.wrongOption}</strong></p>`);
    }
  });

  it("a quiz whose review hides answers and explanations sends no HTML for them after submit either", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { questions: QUIZ_QUESTIONS });
    const hidden = { marks: true, answers: false, explanations: false };
    const quiz = await db.quiz.create({
      data: {
        deckId: deck.id,
        title: "Hidden review",
        questionCount: QUIZ_QUESTIONS.length,
        timeLimitSeconds: 600,
        passMarkPercent: 50,
        shuffle: false,
        reviewOptions: { immediately: hidden, later: hidden, afterClose: hidden },
      },
    });
    signInAs(await makeUser());
    const attemptId: string = (await call(startRoute.POST, { params: { quizId: quiz.id } })).body.id;
    const result = (await call(submitRoute.POST, { params: { attemptId } })).body;
    expect(result.items).toHaveLength(QUIZ_QUESTIONS.length);
    expect(secretsIn(result)).toEqual([]);
    expect(keysOf(result.markdown).block).toEqual(
      expect.arrayContaining(["Pick **one** of these", "Runc is a *runtime*", "Pick *two*"]),
    );
  });

  it("the study queue carries no explanation or card back; the check reply brings them", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { questions: [CARD, ...QUIZ_QUESTIONS] });
    const learner = await makeUser({ newCardsPerDay: 20 });
    await enroll(learner.id, deck.id);
    signInAs(learner);

    const queue = await call(queueRoute.GET, { url: "http://localhost/api/v1/study/queue?limit=50" });
    expect(queue.status).toBe(200);
    const questions: PublicQuestion[] = queue.body.cards.map((c: { question: PublicQuestion }) => c.question);
    expect(questions).toHaveLength(4);
    expect(keysOf(queue.body.markdown)).toEqual(publicTexts(questions));
    expect(queue.body.markdown.block["What is a *namespace*?"]).toBe("<p>What is a <em>namespace</em>?</p>");
    expect(secretsIn(queue.body)).toEqual([]);

    const card = questions.find((q) => q.type === "flashcard")!;
    const revealed = await call(checkRoute.POST, { body: { questionId: card.id } });
    expect(revealed.status).toBe(200);
    expect(revealed.body.markdown.block[`An **${SECRET.back}** view`]).toBe(
      `<p>An <strong>${SECRET.back}</strong> view</p>`,
    );
    expect(secretsIn(revealed.body.markdown).sort()).toEqual([SECRET.back, SECRET.explainCard].sort());
  });

  it("the deck page's map (its question previews) holds the public text only", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { questions: [CARD, ...QUIZ_QUESTIONS] });
    const learner = await makeUser();
    const published = await getPublishedDeck(learner.id, deck.id);
    const map = markdownHtml(published.questions.flatMap(questionMarkdown));
    expect(Object.keys(map.block)).toContain("What is a *namespace*?");
    expect(secretsIn(map)).toEqual([]);
  });
});
