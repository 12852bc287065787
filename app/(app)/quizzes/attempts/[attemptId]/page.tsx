import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AttemptRunner } from "@/components/quiz/attempt-runner";
import { AttemptResults } from "@/components/quiz/attempt-results";
import { pageParams } from "@/lib/page-input";
import { requirePageUser } from "@/lib/auth/page-guards";
import { AppError } from "@/lib/errors";
import { getAttemptView } from "@/lib/quiz/attempts";
import { getAttemptResult } from "@/lib/quiz/results";

export const metadata: Metadata = { title: "Quiz attempt" };

/** An open attempt renders the runner (public questions only); a finished one its results. */
export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await pageParams(params);
  const user = await requirePageUser(`/quizzes/attempts/${attemptId}`);
  const view = await getAttemptView(user.id, attemptId).catch((err: unknown) => {
    if (!(err instanceof AppError)) throw err;
    if (err.code === "NOT_FOUND") notFound();
    return null; // finished: shown below as results
  });
  if (view) return <AttemptRunner initial={view} />;
  const result = await getAttemptResult(user.id, attemptId);
  return <AttemptResults result={result} />;
}
