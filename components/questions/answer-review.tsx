import type { ReactNode } from "react";
import type { GradeResult, PublicQuestion, Solution } from "@/lib/questions/types";
import { Markdown } from "./markdown";
import { uiFor } from "./registry";
import { Feedback, Mark } from "./review-shared";

export interface AnswerReviewProps {
  question: PublicQuestion;
  answer: unknown;
  solution: Solution;
  result: GradeResult | null;
  explanation: string;
  /** id for the verdict, which can then take focus (the study screen focuses it after a reveal). */
  verdictId?: string;
}

function Verdict({
  result,
  selfGraded,
  answered,
  verdictId,
}: {
  result: GradeResult;
  selfGraded: boolean;
  answered: boolean;
  verdictId?: string;
}) {
  const pct = Math.round(result.score * 100);
  let text: ReactNode;
  const unjudged = selfGraded || result.correct === null;
  // Revealed with nothing submitted (a study flashcard, or "Show answer"): show the answer
  // neutrally, never a ✗ before the learner has graded themselves.
  if (unjudged && !answered) text = <span className="font-medium">Answer shown: how well did you recall it?</span>;
  // A self-report (a quiz's flashcard "I knew it"): say back what the learner said.
  else if (unjudged) text = <Mark ok={result.score === 1}>{result.score === 1 ? "You knew it" : "Not yet"}</Mark>;
  else if (result.correct) text = <Mark ok>Correct</Mark>;
  else if (result.score > 0) text = <Mark ok={false}>{`Partly correct: ${pct}%`}</Mark>;
  else text = <Mark ok={false}>Incorrect</Mark>;
  // Focusable (not a Tab stop), so the study screen can move focus to the result after a reveal.
  return (
    <p role="status" id={verdictId} tabIndex={verdictId ? -1 : undefined} className="text-lg">
      {text}
    </p>
  );
}

function Body({ question, answer, solution, result }: Omit<AnswerReviewProps, "explanation">) {
  const view = question.view;
  // A view and solution of different types is a caller bug, shown as nothing.
  if (view.type !== solution.type) return null;
  const { Review } = uiFor(view.type);
  return <Review view={view} answer={answer} solution={solution} result={result} />;
}

/**
 * What the learner answered against the answer key, per type, with ✓/✗ and words (never
 * colour alone), per-option feedback, then the explanation. Hook-free: server or client.
 */
export function AnswerReview({ question, answer, solution, result, explanation, verdictId }: AnswerReviewProps) {
  // Choice and truefalse feedback is shown next to the options; other types have none today,
  // but show any the grader returns rather than drop it.
  const ui = uiFor(question.view.type);
  const inline = ui.inlineFeedback === true;
  const extra = inline ? [] : (result?.feedback ?? []);
  // Long words, paths and inline code wrap rather than widen a phone screen.
  return (
    <div className="flex min-w-0 flex-col gap-4 [overflow-wrap:anywhere]">
      {result && (
        <Verdict
          result={result}
          selfGraded={ui.selfGraded === true}
          answered={answer !== undefined}
          verdictId={verdictId}
        />
      )}
      <Body question={question} answer={answer} solution={solution} result={result} />
      {extra.map((f) => (
        <Feedback key={f}>
          <Markdown>{f}</Markdown>
        </Feedback>
      ))}
      {explanation.trim() && (
        <section
          aria-labelledby={`explanation-${question.id}`}
          className="border-t border-slate-200 pt-3 dark:border-slate-800"
        >
          <h3 id={`explanation-${question.id}`} className="text-base font-semibold">
            Explanation
          </h3>
          <Markdown>{explanation}</Markdown>
        </section>
      )}
    </div>
  );
}
