import { beforeAll, describe, expect, it, vi } from "vitest";
import { publishDeck } from "@/lib/authoring/decks";
import { updateQuestion } from "@/lib/authoring/questions";
import { db } from "@/lib/db/client";
import { textId } from "@/lib/questions/ids";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/attempts";
import { RESPONSES_CSV_HEADER, streamResponsesCsv } from "@/lib/quiz/statistics/responses-csv";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const route = await import("@/app/api/v1/author/quizzes/[quizId]/responses/route");

type User = Awaited<ReturnType<typeof makeUser>>;
let owner: User;
let learner: User;
let quizId: string;
let questionIds: string[];

/** RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

async function download(id: string) {
  const res = await route.GET(new Request("http://localhost/api/v1/author/quizzes/x/responses"), {
    params: Promise.resolve({ quizId: id }),
  });
  // ignoreBOM keeps the byte-order mark in the text (Response.text() would drop it).
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, text };
}

const TYPED = '=HYPERLINK("http://evil.example","click")\nsecond line, "quoted"';

beforeAll(async () => {
  owner = await makeUser({ role: "INSTRUCTOR" });
  learner = await makeUser();
  const deck = await makeDeck(owner.id, {
    title: "CSV deck",
    questions: [
      {
        type: "single",
        prompt: "Which runtime?",
        explanation: "runc.",
        section: "4.1",
        payload: {
          options: [
            { text: "runc", correct: true },
            { text: "crun", correct: false },
          ],
        },
      },
      { type: "short", prompt: "Name it", explanation: "x", section: "4.1", payload: { accepted: ["runc"] } },
    ],
  });
  questionIds = deck.questions.map((q) => q.id);
  quizId = (await db.quiz.create({ data: { deckId: deck.id, title: "CSV quiz!", questionCount: 2 } })).id;
  for (let n = 1; n <= 3; n++)
    await db.quizAttempt.create({
      data: {
        quizId,
        userId: learner.id,
        attemptNumber: n,
        status: "SUBMITTED",
        submittedAt: new Date("2026-12-01T10:05:00Z"),
        startedAt: new Date("2026-12-01T10:00:00Z"),
        // Shown short answer first, then the choice.
        items: [{ questionId: questionIds[1] }, { questionId: questionIds[0] }],
        deadlineAt: new Date("2026-12-01T10:10:00Z"),
        responses: {
          create: [
            { questionId: questionIds[0], answer: { choice: textId("o", "runc") }, correct: true, score: 1 },
            { questionId: questionIds[1], answer: { text: TYPED }, correct: false, score: 0 },
          ],
        },
      },
    });
});

describe("GET /api/v1/author/quizzes/{quizId}/responses (CSV)", () => {
  it("streams one row per response, escaped and formula-guarded", async () => {
    signInAs(owner);
    const res = await download(quizId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="csv-quiz-responses.csv"');
    expect(res.text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(res.text.slice(1));
    expect(rows[0]).toEqual([...RESPONSES_CSV_HEADER]);
    expect(rows).toHaveLength(1 + 6);
    const col = (name: (typeof RESPONSES_CSV_HEADER)[number]) => RESPONSES_CSV_HEADER.indexOf(name);
    const [first, second] = rows.slice(1);
    // In the order the attempt showed them: the short answer (position 1) before the choice.
    expect(first[col("position")]).toBe("1");
    expect(first[col("question_type")]).toBe("short");
    // The learner's text comes back whole, with the apostrophe that stops a spreadsheet running it.
    expect(first[col("answer")]).toBe(`'${TYPED}`);
    expect(first[col("score")]).toBe("0");
    expect(first[col("correct")]).toBe("false");
    expect(second[col("answer")]).toBe("runc");
    expect(second[col("question")]).toBe("Which runtime?");
    expect(second).toMatchObject({
      [col("learner_id")]: learner.id,
      [col("attempt_status")]: "SUBMITTED",
      [col("attempt_started_at")]: "2026-12-01T10:00:00.000Z",
      [col("attempt_submitted_at")]: "2026-12-01T10:05:00.000Z",
      [col("score")]: "1",
    });
    expect(new Set(rows.slice(1).map((r) => r[col("attempt_number")]))).toEqual(new Set(["1", "2", "3"]));
  });

  it("reads the attempts in keyset pages: every row exactly once whatever the page size", async () => {
    const whole = await new Response((await streamResponsesCsv(owner, quizId)).stream).text();
    const paged = await new Response((await streamResponsesCsv(owner, quizId, 1)).stream).text();
    const byTwo = await new Response((await streamResponsesCsv(owner, quizId, 2)).stream).text();
    expect(paged).toBe(whole);
    expect(byTwo).toBe(whole);
  });

  it("pages on past an attempt with no responses yet", async () => {
    const before = await new Response((await streamResponsesCsv(owner, quizId)).stream).text();
    const other = await makeUser();
    await db.quizAttempt.create({
      data: {
        quizId,
        userId: other.id,
        attemptNumber: 1,
        items: [{ questionId: questionIds[0] }],
        deadlineAt: new Date("2026-12-01T10:10:00Z"),
      },
    });
    for (const size of [1, 2, 500]) {
      const text = await new Response((await streamResponsesCsv(owner, quizId, size)).stream).text();
      expect(text).toBe(before);
    }
  });

  it("refuses a learner (403), another instructor on a draft deck (404) and the signed out (401)", async () => {
    signInAs(learner);
    const refused = await download(quizId);
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain("HYPERLINK");
    const draft = await makeDeck(owner.id, { status: "DRAFT" });
    const onDraft = await db.quiz.create({ data: { deckId: draft.id, title: "D", questionCount: 1 } });
    signInAs(await makeUser({ role: "INSTRUCTOR" }));
    expect((await download(onDraft.id)).status).toBe(404);
    expect((await download(quizId)).status).toBe(403);
    signInAs(null);
    expect((await download(quizId)).status).toBe(401);
  });

  it("is just the header for a quiz without responses", async () => {
    signInAs(owner);
    const draft = await makeDeck(owner.id);
    const empty = await db.quiz.create({ data: { deckId: draft.id, title: "Empty", questionCount: 1 } });
    const res = await download(empty.id);
    expect(res.status).toBe(200);
    expect(parseCsv(res.text.slice(1))).toEqual([[...RESPONSES_CSV_HEADER]]);
  });

  it("names the question and the chosen option as the attempt showed them, after an edit is published", async () => {
    const taker = await makeUser();
    const deck = await makeDeck(owner.id, { count: 1 });
    const quiz = await db.quiz.create({ data: { deckId: deck.id, title: "Versions", questionCount: 1 } });
    const view = await startAttempt(taker.id, quiz.id);
    const q = view.questions[0];
    if (q.view.type !== "single") throw new Error("single expected");
    const chosen = q.view.options.find((o) => o.text === "right 1")!;
    await saveAnswer(taker.id, view.id, { questionId: q.id, answer: { choice: chosen.id } });
    await submitAttempt(taker.id, view.id);

    // The author rewrites the prompt and the option the learner chose, then publishes the deck.
    await updateQuestion(owner, q.id, {
      prompt: "Rewritten prompt",
      payload: {
        options: [
          { text: "new right", correct: true },
          { text: "new wrong", correct: false },
        ],
      },
    });
    await publishDeck(owner, deck.id);
    expect((await db.question.findUniqueOrThrow({ where: { id: q.id } })).prompt).toBe("Rewritten prompt");

    signInAs(owner);
    const res = await download(quiz.id);
    const rows = parseCsv(res.text.slice(1));
    expect(rows).toHaveLength(2);
    const col = (name: (typeof RESPONSES_CSV_HEADER)[number]) => RESPONSES_CSV_HEADER.indexOf(name);
    expect(rows[1][col("question")]).toBe("Question 1: which one?");
    expect(rows[1][col("answer")]).toBe("right 1");
    expect(rows[1][col("correct")]).toBe("true");
  });
});
