"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function StartQuizButton({ quizId, title, resumeId, disabled }: { quizId: string; title: string; resumeId: string | null; disabled?: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function start() {
    if (resumeId) return router.push(`/quizzes/attempts/${resumeId}`);
    setPending(true);
    setError(null);
    const res = await fetch(`/api/v1/quizzes/${quizId}/attempts`, { method: "POST" });
    const body = await res.json().catch(() => null);
    setPending(false);
    if (!res.ok) return setError(body?.error?.message ?? "Could not start the quiz.");
    router.push(`/quizzes/attempts/${body.id}`);
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button onClick={start} disabled={pending || disabled} aria-label={`${resumeId ? "Resume" : "Start"} ${title}`}>
        {disabled ? "No attempts left" : resumeId ? "Resume attempt" : pending ? "Starting…" : "Start quiz"}
      </Button>
      <span role="status" className="text-sm text-red-700 dark:text-red-400">
        {error}
      </span>
    </div>
  );
}
