"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { api } from "@/lib/api/client";
import { regradeQuizEp } from "@/lib/api/routes";
import type { RegradeReport } from "@/lib/quiz/regrade-schemas";

const pass = (passed: boolean) => (passed ? "pass" : "fail");

/**
 * "Regrade": a dry run lists each finished attempt's old and new score against the newest
 * published version of its questions; "Apply" writes them (running it twice changes nothing).
 */
export function RegradePanel({ quizId }: { quizId: string }) {
  const router = useRouter();
  const [report, setReport] = useState<RegradeReport | null>(null);
  const [pending, setPending] = useState<"dry" | "apply" | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(dryRun: boolean) {
    setPending(dryRun ? "dry" : "apply");
    setMessage(null);
    try {
      const r = await api(regradeQuizEp, { params: { quizId }, query: { dryRun: dryRun ? "1" : "0" } });
      setReport(r);
      const n = r.changedAttempts;
      setMessage({
        ok: true,
        text: dryRun
          ? n === 0
            ? "Regrading would change no attempt."
            : `Regrading would change ${n} attempt${n === 1 ? "" : "s"}. Nothing is saved until you apply.`
          : n === 0
            ? "Nothing to change: every attempt is already graded against the newest version."
            : `Regraded: ${n} attempt${n === 1 ? "" : "s"} changed.`,
      });
      if (!dryRun) router.refresh();
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    } finally {
      setPending(null);
    }
  }

  const rows = report?.attempts.map((a) => ({ ...a, id: a.attemptId })) ?? [];
  return (
    <section aria-labelledby="regrade-heading" className="flex flex-col gap-3">
      <h2 id="regrade-heading" className="text-xl font-semibold">
        Regrade
      </h2>
      <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">
        After fixing an answer key and publishing the deck, regrade grades every finished attempt&apos;s saved answers
        again against the newest published version of each question. Learners&apos; answers stay as they are.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={() => run(true)} disabled={!!pending}>
          {pending === "dry" ? "Checking…" : "Regrade"}
        </Button>
        {report?.dryRun && report.changedAttempts > 0 && (
          <Button onClick={() => run(false)} disabled={!!pending}>
            {pending === "apply" ? "Applying…" : "Apply"}
          </Button>
        )}
      </div>
      <p
        role="status"
        className={`text-sm ${message?.ok === false ? "text-red-700 dark:text-red-400" : "text-slate-700 dark:text-slate-300"}`}
      >
        {message?.text}
      </p>
      {rows.length > 0 && (
        <div className="relative overflow-x-auto">
          <DataTable
            rows={rows}
            columns={[
              { header: "Learner", cell: (a) => a.learner.name ?? a.learner.email },
              { header: "#", cell: (a) => a.attemptNumber },
              { header: "Old score", cell: (a) => `${a.oldScorePercent}%` },
              { header: "New score", cell: (a) => `${a.newScorePercent}%` },
              {
                header: "Pass",
                cell: (a) =>
                  a.oldPassed === a.newPassed ? pass(a.newPassed) : `${pass(a.oldPassed)} → ${pass(a.newPassed)}`,
              },
              { header: "Answers changed", cell: (a) => a.changedResponses },
            ]}
          />
        </div>
      )}
    </section>
  );
}
