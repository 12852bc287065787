import "server-only";
import { db } from "@/lib/db/client";
import { editableDeck, editableDecksWhere, editableQuiz } from "@/lib/authoring/access";
import { LIVE_QUIZ } from "@/lib/decks/visibility";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import type { Quiz } from "@/lib/db/generated/client";
import { readReviewOptions, REVIEW_PRESETS, reviewVisibility } from "./review-options";
import { closedFor, effectiveRules } from "./rules";
import { finalizeExpired } from "./sweep";
import { recordAudit } from "@/lib/audit/record";
import { quizAudit } from "@/lib/audit/targets";
import { assertPoolsFillable } from "./pool-draw";
import type { QuizPool } from "./pool-schemas";
import type { QuizInput, QuizSummary } from "./schemas";
import { toQuizSettingsDto } from "./settings-dto";

type QuizRow = Quiz & { deck: { title: string; chapter: string | null } };
type OverrideRow = { quizId: string; timeFactor: number; extraAttempts: number; closesAt: Date | null };
type AttemptRow = {
  id: string;
  quizId: string;
  status: string;
  scorePercent: number | null;
  startedAt: Date;
  submittedAt: Date | null;
  deadlineAt: Date;
};

/** Whether the review options let the learner see this finished attempt's score now. */
function scoreShown(q: Quiz, a: AttemptRow, closed: boolean, now: Date): boolean {
  if (a.status === "IN_PROGRESS") return false;
  return reviewVisibility(readReviewOptions(q.reviewOptions), {
    submittedAt: a.submittedAt ?? a.deadlineAt,
    closed,
    now,
  }).marks;
}

function summarize(q: QuizRow, attempts: AttemptRow[], override: OverrideRow | null, now: Date): QuizSummary {
  const mine = attempts.filter((a) => a.quizId === q.id).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const rules = effectiveRules(q, override, now, mine.length);
  const closed = closedFor(rules, now);
  const scored = mine.filter((a) => a.scorePercent !== null && scoreShown(q, a, closed, now));
  return {
    id: q.id,
    title: q.title,
    deckId: q.deckId,
    deckTitle: q.deck.title,
    chapter: q.deck.chapter,
    questionCount: q.questionCount,
    timeLimitSeconds: rules.timeLimitSeconds,
    attemptsAllowed: rules.attemptsAllowed,
    passMarkPercent: q.passMarkPercent,
    reviewOptions: readReviewOptions(q.reviewOptions),
    opensAt: rules.opensAt?.toISOString() ?? null,
    closesAt: rules.closesAt?.toISOString() ?? null,
    canStart: rules.canStart,
    startRefusal: rules.reason,
    attemptsUsed: mine.length,
    bestScore: scored.length ? Math.max(...scored.map((a) => a.scorePercent!)) : null,
    lastScore: scored.at(-1)?.scorePercent ?? null,
    inProgressAttemptId: mine.find((a) => a.status === "IN_PROGRESS")?.id ?? null,
  };
}

function toAttemptSummary(a: {
  id: string;
  attemptNumber: number;
  status: "IN_PROGRESS" | "SUBMITTED" | "EXPIRED";
  startedAt: Date;
  deadlineAt: Date;
  submittedAt: Date | null;
  scorePercent: number | null;
  passed: boolean | null;
}) {
  return {
    id: a.id,
    attemptNumber: a.attemptNumber,
    status: a.status,
    startedAt: a.startedAt.toISOString(),
    deadlineAt: a.deadlineAt.toISOString(),
    submittedAt: a.submittedAt?.toISOString() ?? null,
    scorePercent: a.scorePercent,
    passed: a.passed,
  };
}

/** Quizzes on published decks, with this learner's attempts used, best and last score. */
export async function listQuizzes(userId: string, now = new Date()): Promise<QuizSummary[]> {
  await finalizeExpired({ userId }, now);
  const [quizzes, attempts, overrides] = await Promise.all([
    db.quiz.findMany({
      where: LIVE_QUIZ,
      include: { deck: { select: { title: true, chapter: true } } },
      orderBy: [{ deck: { chapter: "asc" } }, { title: "asc" }],
    }),
    db.quizAttempt.findMany({
      where: { userId },
      select: {
        id: true,
        quizId: true,
        status: true,
        scorePercent: true,
        startedAt: true,
        submittedAt: true,
        deadlineAt: true,
      },
    }),
    db.quizOverride.findMany({ where: { userId } }),
  ]);
  return quizzes.map((q) => summarize(q, attempts, overrides.find((o) => o.quizId === q.id) ?? null, now));
}

export async function getQuiz(userId: string, quizId: string, now = new Date()) {
  await finalizeExpired({ userId, quizId }, now);
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, ...LIVE_QUIZ },
    include: { deck: { select: { title: true, chapter: true } } },
  });
  if (!quiz) throw new AppError("NOT_FOUND", "No such quiz.");
  const [attempts, override] = await Promise.all([
    db.quizAttempt.findMany({ where: { userId, quizId }, orderBy: { startedAt: "asc" } }),
    db.quizOverride.findUnique({ where: { quizId_userId: { quizId, userId } } }),
  ]);
  const summary = summarize(quiz, attempts, override, now);
  const closed = closedFor(effectiveRules(quiz, override, now, attempts.length), now);
  return {
    ...summary,
    // A score the review options hide now is hidden here too, with its pass/fail.
    attempts: attempts.map((a) =>
      toAttemptSummary(scoreShown(quiz, a, closed, now) ? a : { ...a, scorePercent: null, passed: null }),
    ),
  };
}

/** Instructors add quizzes to decks they own (admins to any); see lib/authoring/access.ts. */
export async function createQuiz(user: SessionUser, input: Omit<QuizInput, "pools"> & { pools?: QuizPool[] }) {
  await editableDeck(user, input.deckId); // owner or admin; the same answers as every authoring route
  const { showAnswers, reviewOptions, opensAt, closesAt, ...rest } = input;
  const pools = input.pools ?? [];
  await assertPoolsFillable(input.deckId, pools);
  const questionCount = pools.length ? pools.reduce((n, p) => n + p.count, 0) : input.questionCount;
  const quiz = await db.$transaction(async (tx) => {
    const row = await tx.quiz.create({
      data: {
        ...rest,
        pools,
        questionCount,
        reviewOptions: reviewOptions ?? REVIEW_PRESETS[showAnswers ?? "AFTER_EACH_ATTEMPT"],
        opensAt: opensAt ? new Date(opensAt) : null,
        closesAt: closesAt ? new Date(closesAt) : null,
        createdById: user.id,
      },
    });
    await recordAudit(tx, { ...quizAudit(user, row.id, "quiz.create"), after: input });
    return row;
  });
  return { id: quiz.id };
}

/** All attempts on a quiz, for the deck's owner or an admin; others get the answers of lib/authoring/access.ts. */
export async function listQuizAttempts(user: SessionUser, quizId: string, now = new Date()) {
  const quiz = await editableQuiz(user, quizId);
  await finalizeExpired({ quizId }, now);
  const attempts = await db.quizAttempt.findMany({
    where: { quizId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { startedAt: "desc" },
  });
  return {
    quiz: { id: quiz.id, title: quiz.title },
    attempts: attempts.map((a) => ({ ...toAttemptSummary(a), user: a.user })),
  };
}

/** Quizzes on the decks this instructor owns (admins: all), with attempt counts. */
export async function listAuthoredQuizzes(user: SessionUser) {
  const quizzes = await db.quiz.findMany({
    where: { deck: editableDecksWhere(user) },
    include: { deck: { select: { id: true, title: true, status: true } }, _count: { select: { attempts: true } } },
    orderBy: [{ deck: { title: "asc" } }, { createdAt: "asc" }],
  });
  return quizzes.map((q) => ({
    ...toQuizSettingsDto(q),
    deckId: q.deck.id,
    deckTitle: q.deck.title,
    deckStatus: q.deck.status,
    attempts: q._count.attempts,
  }));
}

/** The unarchived decks this instructor may add a quiz to (admins: all), for the new-quiz form. */
export async function listQuizDeckOptions(user: SessionUser): Promise<{ id: string; title: string }[]> {
  return db.deck.findMany({
    where: { archivedAt: null, ...editableDecksWhere(user) },
    select: { id: true, title: true },
    orderBy: { title: "asc" },
  });
}
