"use client";
import "@/lib/zod-browser"; // first: zod's browser settings before any schema is built
import { useMemo, useState } from "react";
import { AnswerInput } from "@/components/questions/answer-input";
import { AnswerReview } from "@/components/questions/answer-review";
import { QuestionPrompt } from "@/components/questions/question-card";
import { gradeAnswer } from "@/lib/questions/grading";
import { questionInputSchema } from "@/lib/questions/schemas";
import { toPublicQuestion, toSolution } from "@/lib/questions/redact";
import type { GradeResult, StoredQuestion } from "@/lib/questions/types";
import { seededRandom } from "@/lib/seeded-random";

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The draft exactly as a learner would get it: redacted with toPublicQuestion (no answer key
 * reaches the inputs), rendered by the learners' QuestionPrompt and AnswerInput; "Show answer"
 * grades what you tried with the real grader and shows the learners' review.
 */
export function LivePreview({ input, problemCount }: { input: unknown; problemCount: number }) {
  const parsed = questionInputSchema.safeParse(input);
  const stored: StoredQuestion | null = parsed.success
    ? { id: "preview", ...parsed.data, section: parsed.data.section ?? null }
    : null;
  const key = stored ? JSON.stringify(stored) : "";
  // Keyed on the serialised question on purpose (a stable shuffle per content); the compiler may skip this component.
  const publicQuestion = useMemo(
    () =>
      key ? toPublicQuestion(JSON.parse(key) as StoredQuestion, { shuffle: true, rng: seededRandom(hash(key)) }) : null,
    // eslint-disable-next-line react-hooks/preserve-manual-memoization -- see above
    [key],
  );
  const viewKey = publicQuestion ? hash(JSON.stringify(publicQuestion.view)) : 0;
  const [answer, setAnswer] = useState<{ key: number; value: unknown }>({ key: 0, value: undefined });
  const [show, setShow] = useState(false);
  const value = answer.key === viewKey ? answer.value : undefined;

  if (!stored || !publicQuestion) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The preview appears once the question is complete
        {problemCount ? ` (${problemCount} problem${problemCount === 1 ? "" : "s"} left)` : ""}.
      </p>
    );
  }
  let result: GradeResult | null = null;
  if (value !== undefined) {
    try {
      result = gradeAnswer(stored, value);
    } catch {
      result = null;
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <QuestionPrompt question={publicQuestion} promptId="preview-prompt" />
      <AnswerInput
        key={viewKey}
        question={publicQuestion}
        value={value}
        onChange={(v) => setAnswer({ key: viewKey, value: v })}
        idPrefix="preview"
        disabled={show}
      />
      <div>
        <button
          type="button"
          aria-pressed={show}
          onClick={() => setShow((s) => !s)}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {show ? "Hide answer" : "Show answer"}
        </button>
      </div>
      {show && (
        <AnswerReview
          question={publicQuestion}
          answer={value}
          solution={toSolution(stored)}
          result={result}
          explanation={stored.explanation}
        />
      )}
    </div>
  );
}
