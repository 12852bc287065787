/**
 * Regrade a quiz after a key fix: every submitted or expired attempt's saved answers are graded
 * again against the newest published version of each question (the learner's answer stays),
 * and the attempt then shows that version. A dry run lists each attempt's score change; apply
 * writes them in one transaction and is idempotent (a second apply finds nothing to change).
 */
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { quizAudit } from "@/lib/audit/targets";
import { db, type Tx } from "@/lib/db/client";
import { editableQuiz, type Actor } from "@/lib/authoring/access";
import { AppError } from "@/lib/errors";
import { gradeAnswer } from "@/lib/questions/grading";
import { newestPublished, pinnedVersion } from "@/lib/questions/version-rules";
import type { VersionedQuestion } from "@/lib/questions/versions";
import type { AttemptItem } from "./attempts";
import { attemptScorePercent, responseChanged, type ResponseGrade } from "./regrade-rules";
import type { RegradeReport, RegradeRow } from "./regrade-schemas";

/** The newest published version of each question; the columns when none was stored yet (they are its only version). */
async function newestPublishedQuestions(tx: Tx, ids: string[]): Promise<Map<string, VersionedQuestion>> {
  const [rows, questions] = await Promise.all([
    tx.questionVersion.findMany({ where: { questionId: { in: ids }, publishedAt: { not: null } } }),
    tx.question.findMany({
      where: { id: { in: ids } },
      select: { id: true, type: true, prompt: true, explanation: true, section: true, payload: true, version: true },
    }),
  ]);
  const out = new Map<string, VersionedQuestion>();
  for (const q of questions) {
    const v = newestPublished(rows.filter((r) => r.questionId === q.id));
    out.set(
      q.id,
      v
        ? {
            id: q.id,
            type: v.type,
            prompt: v.prompt,
            explanation: v.explanation,
            section: v.section,
            payload: v.payload,
            version: v.version,
          }
        : q,
    );
  }
  return out;
}

/** An answer that no longer fits the question (its option was removed) is wrong, not an error. */
function regradeOne(q: VersionedQuestion, answer: unknown): ResponseGrade {
  try {
    const g = gradeAnswer(q, answer);
    return { correct: g.correct, score: g.score };
  } catch (err) {
    if (err instanceof AppError) return { correct: false, score: 0 };
    throw err;
  }
}

async function regradeIn(tx: Tx, quizId: string, passMark: number, apply: boolean): Promise<RegradeReport> {
  // Locked when applying, so a second apply running at once waits and then finds nothing to do.
  if (apply)
    await tx.$queryRaw`SELECT id FROM "QuizAttempt" WHERE "quizId" = ${quizId} AND status <> 'IN_PROGRESS' FOR UPDATE`;
  const attempts = await tx.quizAttempt.findMany({
    where: { quizId, status: { in: ["SUBMITTED", "EXPIRED"] } },
    include: { user: { select: { id: true, email: true, name: true } }, responses: true },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
  });
  const ids = [...new Set(attempts.flatMap((a) => (a.items as unknown as AttemptItem[]).map((i) => i.questionId)))];
  const newest = await newestPublishedQuestions(tx, ids);
  const rows: RegradeRow[] = [];
  let changedAttempts = 0;
  for (const a of attempts) {
    const items = a.items as unknown as AttemptItem[];
    const byQuestion = new Map(a.responses.map((r) => [r.questionId, r]));
    const regraded = a.responses.flatMap((r) => {
      const q = newest.get(r.questionId);
      return q ? [{ r, next: regradeOne(q, r.answer) }] : [];
    });
    const changed = regraded.filter(({ r, next }) => responseChanged(r, next));
    const scoreOf = new Map(regraded.map(({ r, next }) => [r.questionId, next.score]));
    const newScore = attemptScorePercent(
      items.map((i) => (byQuestion.has(i.questionId) ? (scoreOf.get(i.questionId) ?? 0) : 0)),
    );
    const newItems = items.map((i) => ({ ...i, version: newest.get(i.questionId)?.version ?? pinnedVersion(i) }));
    const oldScore = a.scorePercent ?? 0;
    const newPassed = newScore >= passMark;
    const repinned = newItems.some((i, n) => i.version !== pinnedVersion(items[n]) || items[n].version === undefined);
    const moved = changed.length > 0 || newScore !== oldScore || newPassed !== (a.passed ?? false) || repinned;
    if (moved) changedAttempts++;
    rows.push({
      attemptId: a.id,
      attemptNumber: a.attemptNumber,
      learner: a.user,
      oldScorePercent: oldScore,
      newScorePercent: newScore,
      oldPassed: a.passed ?? false,
      newPassed,
      changedResponses: changed.length,
    });
    if (!apply || !moved) continue;
    for (const { r, next } of changed)
      await tx.quizResponse.update({ where: { id: r.id }, data: { correct: next.correct, score: next.score } });
    await tx.quizAttempt.update({
      where: { id: a.id },
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- Prisma's Json input rejects the interface type without it (tsc TS2322).
      data: { scorePercent: newScore, passed: newPassed, items: newItems as object[] },
    });
  }
  return { quizId, dryRun: !apply, attempts: rows, changedAttempts };
}

/** Instructor action on a quiz of their deck (admins: any); learners 403 (see editableQuiz). */
export async function regradeQuiz(actor: Actor, quizId: string, opts: { dryRun: boolean }): Promise<RegradeReport> {
  const quiz = await editableQuiz(actor, quizId);
  return db.$transaction(
    async (tx) => {
      const report = await regradeIn(tx, quiz.id, quiz.passMarkPercent, !opts.dryRun);
      if (!opts.dryRun && report.changedAttempts > 0) {
        const moved = report.attempts.filter((a) => a.oldScorePercent !== a.newScorePercent || a.changedResponses);
        await recordAudit(tx, {
          ...quizAudit(actor, quiz.id, "quiz.regrade"),
          before: { scores: Object.fromEntries(moved.map((a) => [a.attemptId, a.oldScorePercent])) },
          after: { scores: Object.fromEntries(moved.map((a) => [a.attemptId, a.newScorePercent])) },
        });
      }
      return report;
    },
    { timeout: 60_000 },
  );
}
