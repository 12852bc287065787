"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { api, apiMessage } from "@/lib/api/client";
import { startAttemptEp } from "@/lib/api/routes";
import type { StartRefusal } from "@/lib/quiz/rules";

const REFUSAL_LABEL: Record<StartRefusal, string> = {
  archived: "Archived",
  "not-open": "Not open yet",
  closed: "Closed",
  "no-attempts": "No attempts left",
};

export function StartQuizButton({
  quizId,
  title,
  resumeId,
  disabled,
  refusal,
}: {
  quizId: string;
  title: string;
  resumeId: string | null;
  disabled?: boolean;
  /** Why the learner cannot start (lib/quiz/rules.ts), for the disabled button's label. */
  refusal?: StartRefusal | null;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function start() {
    if (resumeId) {
      router.push(`/quizzes/attempts/${resumeId}`);
      return;
    }
    setPending(true);
    setError(null);
    try {
      const attempt = await api(startAttemptEp, { params: { quizId } });
      router.push(`/quizzes/attempts/${attempt.id}`);
    } catch (err) {
      setError(apiMessage(err, "Could not start the quiz."));
    } finally {
      setPending(false);
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button onClick={start} disabled={pending || disabled} aria-label={`${resumeId ? "Resume" : "Start"} ${title}`}>
        {disabled
          ? REFUSAL_LABEL[refusal ?? "no-attempts"]
          : resumeId
            ? "Resume attempt"
            : pending
              ? "Starting…"
              : "Start quiz"}
      </Button>
      <span role="status" className="text-sm text-red-700 dark:text-red-400">
        {error}
      </span>
    </div>
  );
}
