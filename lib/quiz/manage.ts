import "server-only";
import { db } from "@/lib/db/client";
import { editableQuiz } from "@/lib/authoring/access";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { quizAudit } from "@/lib/audit/targets";
import { assertPoolsFillable } from "./pool-draw";
import { REVIEW_PRESETS } from "./review-options";
import type { QuizUpdate } from "./schemas";
import { quizSettingsFields, toQuizSettingsDto } from "./settings-dto";

/** One quiz's settings for its editor (owner or admin). */
export async function getAuthoredQuiz(user: SessionUser, quizId: string) {
  const q = await editableQuiz(user, quizId);
  const attempts = await db.quizAttempt.count({ where: { quizId: q.id } });
  return { ...toQuizSettingsDto(q), deckTitle: q.deck.title, attempts };
}

const toDate = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(v));

/**
 * Edits a quiz on a deck the instructor may edit. Attempts already started keep the deadline
 * they were given; archiving hides the quiz from learners and refuses new starts, while their
 * past attempts and results stay.
 */
export async function updateQuiz(user: SessionUser, quizId: string, input: QuizUpdate) {
  const quiz = await editableQuiz(user, quizId);
  const { showAnswers, reviewOptions, opensAt, closesAt, archived, ...rest } = input;
  const opens = toDate(opensAt);
  const closes = toDate(closesAt);
  // One end may be sent alone, so the window is checked against the stored other end.
  const finalOpens = opens === undefined ? quiz.opensAt : opens;
  const finalCloses = closes === undefined ? quiz.closesAt : closes;
  if (finalOpens && finalCloses && finalCloses <= finalOpens) {
    throw new AppError("BAD_REQUEST", "The close time must be after the open time.", {
      fields: { closesAt: ["The close time must be after the open time"] },
    });
  }
  // Pools replace the drawn count with their sum, and must be fillable from the deck now.
  if (rest.pools) await assertPoolsFillable(quiz.deckId, rest.pools);
  const pooledCount = rest.pools?.length ? rest.pools.reduce((n, p) => n + p.count, 0) : undefined;
  const action =
    archived === undefined || archived === (quiz.archivedAt !== null)
      ? "quiz.update"
      : archived
        ? "quiz.archive"
        : "quiz.unarchive";
  const updated = await db.$transaction(async (tx) => {
    const row = await tx.quiz.update({
      where: { id: quiz.id },
      data: {
        ...rest,
        ...(pooledCount !== undefined ? { questionCount: pooledCount } : {}),
        ...(reviewOptions ? { reviewOptions } : showAnswers ? { reviewOptions: REVIEW_PRESETS[showAnswers] } : {}),
        ...(opens !== undefined ? { opensAt: opens } : {}),
        ...(closes !== undefined ? { closesAt: closes } : {}),
        ...(archived === undefined ? {} : { archivedAt: archived ? (quiz.archivedAt ?? new Date()) : null }),
      },
    });
    await recordAudit(tx, {
      ...quizAudit(user, quiz.id, action),
      before: quizSettingsFields(quiz),
      after: quizSettingsFields(row),
    });
    return row;
  });
  return { id: updated.id, archived: updated.archivedAt !== null };
}

/** Deletes a quiz only while no one has attempted it; with attempts, archiving keeps them. */
export async function deleteQuiz(user: SessionUser, quizId: string) {
  const quiz = await editableQuiz(user, quizId);
  await db.$transaction(async (tx) => {
    // The lock makes a concurrent start wait (its insert checks the quiz row), so the count holds.
    await tx.$queryRaw`SELECT id FROM "Quiz" WHERE id = ${quiz.id} FOR UPDATE`;
    const attempts = await tx.quizAttempt.count({ where: { quizId: quiz.id } });
    if (attempts > 0) {
      throw new AppError(
        "CONFLICT",
        `This quiz has ${attempts} attempt${attempts === 1 ? "" : "s"}, so it cannot be deleted: archive it instead (learners stop seeing it, their results are kept).`,
        { details: { attempts } },
      );
    }
    await tx.quiz.delete({ where: { id: quiz.id } });
    await recordAudit(tx, { ...quizAudit(user, quiz.id, "quiz.delete"), before: quizSettingsFields(quiz) });
  });
  return { id: quiz.id, deleted: true as const };
}

/** A new quiz with the same settings on the same deck: "Copy of …", no attempts and no overrides. */
export async function duplicateQuiz(user: SessionUser, quizId: string) {
  const q = await editableQuiz(user, quizId);
  const copy = await db.$transaction(async (tx) => {
    const row = await tx.quiz.create({
      data: {
        deckId: q.deckId,
        title: `Copy of ${q.title}`.slice(0, 120),
        questionCount: q.questionCount,
        timeLimitSeconds: q.timeLimitSeconds,
        attemptsAllowed: q.attemptsAllowed,
        passMarkPercent: q.passMarkPercent,
        shuffle: q.shuffle,
        reviewOptions: q.reviewOptions ?? REVIEW_PRESETS.AFTER_EACH_ATTEMPT,
        opensAt: q.opensAt,
        closesAt: q.closesAt,
        pools: q.pools ?? [],
        createdById: user.id,
      },
    });
    await recordAudit(tx, {
      ...quizAudit(user, row.id, "quiz.duplicate"),
      after: { ...quizSettingsFields(row), duplicateOf: q.id },
    });
    return row;
  });
  return { id: copy.id, title: copy.title };
}
