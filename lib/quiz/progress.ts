import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AttemptItem } from "./attempts";
import { finalizeAttempt, openSince, pastGrace } from "./finalize";
import type { AttemptProgress, AttemptProgressInput } from "./schemas";

function finished(attemptId: string) {
  return new AppError("CONFLICT", "This attempt is already finished.", { details: { attemptId } });
}

/**
 * Where the learner is and what they flagged, saved on the attempt so a reload or another
 * device reopens the same question with the same flags. Like answers, refused (409) once the
 * attempt is finished or past its deadline + grace; a position or question outside the
 * attempt is 400 and writes nothing.
 */
export async function updateAttemptProgress(
  userId: string,
  attemptId: string,
  input: AttemptProgressInput,
  now = new Date(),
): Promise<AttemptProgress> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    select: { status: true, deadlineAt: true, items: true },
  });
  if (!attempt) throw new AppError("NOT_FOUND", "No such attempt.");
  if (attempt.status !== "IN_PROGRESS") throw finished(attemptId);
  if (pastGrace(attempt.deadlineAt, now)) {
    await db.$transaction((tx) => finalizeAttempt(tx, attemptId, now));
    throw new AppError("CONFLICT", "Time is up: your attempt was scored on what was saved.", {
      details: { attemptId, status: "EXPIRED" },
    });
  }
  const items = attempt.items as unknown as AttemptItem[];
  if (input.position !== undefined && input.position >= items.length) {
    throw new AppError("BAD_REQUEST", `This attempt has ${items.length} questions; position counts from 0.`, {
      fields: { position: [`Must be between 0 and ${items.length - 1}`] },
    });
  }
  if (input.flag && !items.some((i) => i.questionId === input.flag!.questionId)) {
    throw new AppError("BAD_REQUEST", "That question is not part of this attempt.", {
      fields: { "flag.questionId": ["Not in this attempt"] },
    });
  }
  const flagId = input.flag?.questionId ?? null;
  // One statement, so two quick toggles in two tabs never lose each other's flags, and the
  // status/deadline check and the write cannot be split by a submit.
  const rows = await db.$queryRaw<{ flagged: string[] | null; position: number }[]>`
    UPDATE "QuizAttempt" SET
      "lastPosition" = COALESCE(${input.position ?? null}::int, "lastPosition"),
      "flaggedQuestionIds" = CASE
        WHEN ${flagId}::text IS NULL THEN "flaggedQuestionIds"
        WHEN ${input.flag?.flagged ?? false} THEN array_append(array_remove(COALESCE("flaggedQuestionIds", ARRAY[]::text[]), ${flagId}::text), ${flagId}::text)
        ELSE array_remove(COALESCE("flaggedQuestionIds", ARRAY[]::text[]), ${flagId}::text)
      END
    WHERE id = ${attemptId} AND "userId" = ${userId} AND status = 'IN_PROGRESS' AND "deadlineAt" >= ${openSince(now)}
    RETURNING "flaggedQuestionIds" AS flagged, "lastPosition" AS position`;
  if (!rows[0]) throw finished(attemptId); // submitted between our read and the write
  return { position: rows[0].position, flagged: rows[0].flagged ?? [] };
}

/**
 * Removes a saved answer (a blank one was sent: see isBlankAnswer), under the same rule as
 * saving: only while the attempt is open and on time, waiting for a submit that holds the lock.
 */
export async function clearAnswer(attemptId: string, questionId: string, now: Date) {
  const [row] = await db.$queryRaw<[{ open: number }]>`
    WITH a AS (
      SELECT id FROM "QuizAttempt" WHERE id = ${attemptId} AND status = 'IN_PROGRESS' AND "deadlineAt" >= ${openSince(now)} FOR SHARE
    ), d AS (
      DELETE FROM "QuizResponse" r USING a WHERE r."attemptId" = a.id AND r."questionId" = ${questionId} RETURNING r.id
    )
    SELECT (SELECT count(*)::int FROM a) AS open, (SELECT count(*)::int FROM d) AS deleted`;
  if (!row.open) throw finished(attemptId);
  return { questionId, savedAt: now.toISOString() };
}
