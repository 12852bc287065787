import { QUESTION_TYPE_LABELS } from "@/lib/questions/question-types";
import type { PublicQuestion } from "@/lib/questions/types";
import { Markdown } from "./markdown";

/** Type label, section badge ("§ 4.3.5") and the prompt. `promptId` lets an input point aria-describedby at the prompt. */
export function QuestionPrompt({ question, promptId }: { question: PublicQuestion; promptId?: string }) {
  return (
    <div className="flex min-w-0 flex-col gap-2 [overflow-wrap:anywhere]">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">
          {QUESTION_TYPE_LABELS[question.type]}
        </span>
        {question.section && (
          <span className="rounded-full border border-slate-300 px-2 py-0.5 font-mono text-slate-700 dark:border-slate-600 dark:text-slate-300">
            § {question.section}
          </span>
        )}
      </div>
      <Markdown className="text-lg" id={promptId}>
        {question.prompt}
      </Markdown>
    </div>
  );
}
