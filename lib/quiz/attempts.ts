import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/errors";
import { AppError } from "@/lib/errors";
import { LIVE_QUIZ } from "@/lib/decks/visibility";
import { gradeAnswer } from "@/lib/questions/grading";
import { displayRng } from "@/lib/questions/display-order";
import { choiceOrder, toPublicQuestion, type ChoiceOrder } from "@/lib/questions/redact";
import type { StoredQuestion } from "@/lib/questions/types";
import { pinnedVersion } from "@/lib/questions/version-rules";
import { loadPinnedQuestions } from "@/lib/questions/versions";
import { questionMarkdown } from "@/lib/markdown/collect";
import { markdownHtml } from "@/lib/markdown/render";
import { countQuizStarted, countQuizSubmitted } from "@/lib/observability/counters";
import type { AttemptView } from "./schemas";
import { finalizeAttempt, lockAttempt, openSince, pastGrace } from "./finalize";
import { isBlankAnswer } from "./blank";
import { clearAnswer } from "./progress";
import { effectiveRules } from "./rules";
import { drawAttemptQuestions, shuffle } from "./pool-draw";
import { queueGradePassback } from "@/lib/lti/passback";

export interface AttemptItem {
  questionId: string;
  order: ChoiceOrder;
  /** The question version shown and graded (see lib/questions/version-rules.ts; absent: 1). */
  version?: number;
}

async function loadQuiz(quizId: string) {
  const quiz = await db.quiz.findFirst({ where: { id: quizId, ...LIVE_QUIZ } });
  if (!quiz) throw new AppError("NOT_FOUND", "No such quiz.");
  return quiz;
}

/**
 * Starts an attempt, or resumes the learner's open one. The questions drawn and their
 * option order are snapshotted on the server; deadlineAt comes from the server clock.
 */
export async function startAttempt(userId: string, quizId: string, now = new Date()): Promise<AttemptView> {
  const [quiz, mine, override] = await Promise.all([
    loadQuiz(quizId),
    db.quizAttempt.findMany({
      where: { userId, quizId },
      select: { id: true, status: true, deadlineAt: true, items: true },
    }),
    db.quizOverride.findUnique({ where: { quizId_userId: { quizId, userId } } }),
  ]);
  const open = mine.find((a) => a.status === "IN_PROGRESS");
  if (open && pastGrace(open.deadlineAt, now)) {
    await db.$transaction((tx) => finalizeAttempt(tx, open.id, now)); // left open past its deadline
  } else if (open) {
    return getAttemptView(userId, open.id, now);
  }
  const used = mine.length;
  // Window, attempts (with the learner's extra ones) and deadline: one rule, shared with the start page.
  const rules = effectiveRules(quiz, override, now, used);
  if (!rules.canStart) throw new AppError("CONFLICT", rules.message!, { details: { reason: rules.reason } });
  // The id is chosen here so the draw and each question's display order can be seeded by this
  // attempt: a new attempt gets a fresh, independent order; the snapshot keeps it for this one.
  const attemptId = crypto.randomUUID();
  // Pools: unseen in earlier attempts first. Only the drawn rows' content is read.
  const earlierIds = mine.flatMap((a) => (a.items as unknown as AttemptItem[]).map((i) => i.questionId));
  const drawn = await drawAttemptQuestions({ quiz, userId, attemptId, earlierIds });
  // A shuffled quiz shows the draw's random order (shuffled again: a pooled draw comes pool by pool).
  const ordered = quiz.shuffle ? shuffle(drawn) : drawn.sort((a, b) => a.position - b.position);
  const views = ordered.map((q) =>
    toPublicQuestion(q, { shuffle: quiz.shuffle, rng: displayRng({ userId, questionId: q.id, attemptId }) }),
  );
  const items: AttemptItem[] = ordered.map((q, k) => ({
    questionId: q.id,
    order: choiceOrder(views[k].view),
    version: q.version,
  }));
  try {
    const attempt = await db.quizAttempt.create({
      data: {
        id: attemptId,
        quizId,
        userId,
        attemptNumber: used + 1,
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- Prisma's Json input rejects the interface type without it (tsc TS2322).
        items: items as object[],
        startedAt: now,
        deadlineAt: rules.deadline,
      },
    });
    countQuizStarted();
    // A new attempt has no saved answers: its view is the snapshot just made.
    return {
      id: attempt.id,
      quiz: {
        id: quiz.id,
        title: quiz.title,
        passMarkPercent: quiz.passMarkPercent,
        timeLimitSeconds: quiz.timeLimitSeconds,
      },
      attemptNumber: attempt.attemptNumber,
      status: "IN_PROGRESS",
      startedAt: attempt.startedAt.toISOString(),
      deadlineAt: attempt.deadlineAt.toISOString(),
      serverNow: now.toISOString(),
      questions: views,
      answers: {},
      flagged: [],
      position: 0,
      markdown: markdownHtml(views.flatMap(questionMarkdown)),
    };
  } catch (err) {
    // Two starts at once: the unique (quiz, user, attemptNumber) lets one win; resume it.
    if (isUniqueViolation(err)) {
      const winner = await db.quizAttempt.findFirst({ where: { userId, quizId, status: "IN_PROGRESS" } });
      if (winner) return getAttemptView(userId, winner.id, now);
    }
    throw err;
  }
}

async function ownedAttempt(userId: string, attemptId: string) {
  const attempt = await db.quizAttempt.findFirst({ where: { id: attemptId, userId }, include: { quiz: true } });
  if (!attempt) throw new AppError("NOT_FOUND", "No such attempt.");
  return attempt;
}

/** The learner's attempt with its quiz; one left open past its deadline is finalized first. */
export async function loadOwnAttempt(userId: string, attemptId: string, now: Date) {
  const attempt = await ownedAttempt(userId, attemptId);
  if (attempt.status !== "IN_PROGRESS" || !pastGrace(attempt.deadlineAt, now)) return attempt;
  await db.$transaction((tx) => finalizeAttempt(tx, attemptId, now));
  return ownedAttempt(userId, attemptId);
}

/** Each item's question as the attempt showed it: the version it pinned, whatever was edited since. */
export async function loadAttemptQuestions(items: AttemptItem[]): Promise<Map<string, StoredQuestion>> {
  return loadPinnedQuestions(items.map((i) => ({ questionId: i.questionId, version: pinnedVersion(i) })));
}

/** An open attempt as the learner sees it: no answer key anywhere. Finished attempts are 409 here. */
export async function getAttemptView(userId: string, attemptId: string, now = new Date()): Promise<AttemptView> {
  const attempt = await loadOwnAttempt(userId, attemptId, now);
  if (attempt.status !== "IN_PROGRESS") {
    throw new AppError("CONFLICT", "This attempt is finished; see its results.", {
      details: { attemptId, status: attempt.status },
    });
  }
  const items = attempt.items as unknown as AttemptItem[];
  const questions = await loadAttemptQuestions(items);
  const responses = await db.quizResponse.findMany({
    where: { attemptId },
    select: { questionId: true, answer: true },
  });
  const shown = items
    .filter((i) => questions.has(i.questionId))
    .map((i) => toPublicQuestion(questions.get(i.questionId)!, { order: i.order }));
  return {
    id: attempt.id,
    quiz: {
      id: attempt.quiz.id,
      title: attempt.quiz.title,
      passMarkPercent: attempt.quiz.passMarkPercent,
      timeLimitSeconds: attempt.quiz.timeLimitSeconds,
    },
    attemptNumber: attempt.attemptNumber,
    status: attempt.status,
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt.toISOString(),
    serverNow: now.toISOString(),
    questions: shown,
    answers: Object.fromEntries(responses.map((r) => [r.questionId, r.answer])),
    flagged: attempt.flaggedQuestionIds,
    position: Math.min(attempt.lastPosition, Math.max(0, items.length - 1)),
    // From the public questions only: no explanation or key can reach the map before submit.
    markdown: markdownHtml(shown.flatMap(questionMarkdown)),
  };
}

/**
 * Autosaves one answer. Refused (409, attempt finalized) after deadlineAt + 2 s by the
 * server's clock; a question not in the attempt or an answer of the wrong shape is 400.
 * The reply says only that it was saved — never whether it was right.
 */
export async function saveAnswer(
  userId: string,
  attemptId: string,
  input: { questionId: string; answer: unknown },
  now = new Date(),
) {
  // One read: the attempt and the question as it pinned it — graded against the version the
  // attempt shows, even if a newer one was published since. The same rule as loadPinnedQuestions
  // (lib/questions/versions.ts): the stored version row, else the question's columns; a pin
  // without a version means 1 (pinnedVersion).
  const [row] = await db.$queryRaw<({ status: string; deadlineAt: Date; pinned: StoredQuestion | null } | undefined)[]>`
    SELECT a.status::text AS status, a."deadlineAt",
      CASE WHEN it.item IS NULL THEN NULL
        WHEN v.id IS NOT NULL THEN jsonb_build_object('id', v."questionId", 'type', v.type, 'prompt', v.prompt,
          'explanation', v.explanation, 'section', v.section, 'payload', v.payload)
        WHEN q.id IS NOT NULL THEN jsonb_build_object('id', q.id, 'type', q.type, 'prompt', q.prompt,
          'explanation', q.explanation, 'section', q.section, 'payload', q.payload)
      END AS pinned
    FROM "QuizAttempt" a
    LEFT JOIN LATERAL (
      SELECT i AS item FROM jsonb_array_elements(a.items) i WHERE i->>'questionId' = ${input.questionId} LIMIT 1
    ) it ON true
    LEFT JOIN "QuestionVersion" v
      ON it.item IS NOT NULL AND v."questionId" = ${input.questionId} AND v.version = COALESCE((it.item->>'version')::int, 1)
    LEFT JOIN "Question" q ON it.item IS NOT NULL AND q.id = ${input.questionId}
    WHERE a.id = ${attemptId} AND a."userId" = ${userId}`;
  if (!row) throw new AppError("NOT_FOUND", "No such attempt.");
  if (row.status !== "IN_PROGRESS") throw finishedError(attemptId);
  if (pastGrace(row.deadlineAt, now)) throw await lateAnswer(attemptId, now);
  const pinned = row.pinned;
  if (!pinned) {
    throw new AppError("BAD_REQUEST", "That question is not part of this attempt.", {
      fields: { questionId: ["Not in this attempt"] },
    });
  }
  const graded = gradeAnswer(pinned, input.answer); // 400 on a wrong shape
  if (isBlankAnswer(input.answer)) return clearAnswer(attemptId, input.questionId, now);
  // Saved only while the attempt is open and on time. FOR SHARE waits for a submit or sweep
  // that holds the attempt's row lock, so an answer never lands after the score was taken.
  const saved = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "QuizResponse" (id, "attemptId", "questionId", answer, correct, score, "savedAt")
    SELECT ${crypto.randomUUID()}, a.id, ${input.questionId}, ${JSON.stringify(input.answer)}::jsonb, ${graded.correct}, ${graded.score}, ${now}
    FROM (SELECT id FROM "QuizAttempt" WHERE id = ${attemptId} AND status = 'IN_PROGRESS' AND "deadlineAt" >= ${openSince(now)} FOR SHARE) a
    ON CONFLICT ("attemptId", "questionId") DO UPDATE SET answer = EXCLUDED.answer, correct = EXCLUDED.correct, score = EXCLUDED.score, "savedAt" = EXCLUDED."savedAt"
    RETURNING id`;
  if (!saved.length) throw finishedError(attemptId); // finalized between our read and the write
  return { questionId: input.questionId, savedAt: now.toISOString() };
}

function finishedError(attemptId: string) {
  return new AppError("CONFLICT", "This attempt is already finished.", { details: { attemptId } });
}

async function lateAnswer(attemptId: string, now: Date) {
  await db.$transaction((tx) => finalizeAttempt(tx, attemptId, now));
  return new AppError(
    "CONFLICT",
    "Time is up: this answer arrived after the deadline. Your attempt was scored on what was saved.",
    {
      details: { attemptId, status: "EXPIRED" },
    },
  );
}

/** Submits once: a second submit returns the same result. Late submits are refused and the attempt expires. */
export async function submitAttempt(userId: string, attemptId: string, now = new Date()) {
  await ownedAttempt(userId, attemptId);
  const late = await db.$transaction(async (tx) => {
    const attempt = await lockAttempt(tx, attemptId);
    if (attempt.status !== "IN_PROGRESS") return false;
    const isLate = pastGrace(attempt.deadlineAt, now);
    await finalizeAttempt(tx, attemptId, now);
    return isLate;
  });
  await queueGradePassback(attemptId); // an LTI launch's score goes back to the LMS (a no-op otherwise)
  if (late) {
    throw new AppError(
      "CONFLICT",
      "Time was up before this submit arrived. Your attempt was scored on what was saved.",
      { details: { attemptId, status: "EXPIRED" } },
    );
  }
  countQuizSubmitted();
}
