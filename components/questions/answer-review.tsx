import type { ReactNode } from "react";
import type { GradeResult, PublicQuestion, Solution } from "@/lib/questions/types";
import { Markdown } from "./markdown";
import { ChoiceReview, TrueFalseReview } from "./review/choice-review";
import { Feedback, labelClass, Mark } from "./review/shared";
import { MatchingReview, OrderingReview } from "./review/structure-review";
import { ClozeReview, NumericReview, ShortReview } from "./review/text-review";

export interface AnswerReviewProps {
  question: PublicQuestion;
  answer: unknown;
  solution: Solution;
  result: GradeResult | null;
  explanation: string;
}

function Verdict({ result, flashcard }: { result: GradeResult; flashcard: boolean }) {
  const pct = Math.round(result.score * 100);
  let text: ReactNode;
  if (flashcard || result.correct === null) text = <Mark ok={result.score === 1}>{result.score === 1 ? "You knew it" : "Not yet"}</Mark>;
  else if (result.correct) text = <Mark ok>Correct</Mark>;
  else if (result.score > 0) text = <Mark ok={false}>{`Partly correct: ${pct}%`}</Mark>;
  else text = <Mark ok={false}>Incorrect</Mark>;
  return (
    <p role="status" className="text-lg">
      {text}
    </p>
  );
}

function Body({ question, answer, solution, result }: Omit<AnswerReviewProps, "explanation">) {
  const view = question.view;
  // Each branch needs the view and solution of the same type; a mismatch is a caller bug, shown as nothing.
  if (view.type === "single" && solution.type === "single") return <ChoiceReview view={view} answer={answer} solution={solution} />;
  if (view.type === "multiple" && solution.type === "multiple") return <ChoiceReview view={view} answer={answer} solution={solution} />;
  if (view.type === "truefalse" && solution.type === "truefalse") return <TrueFalseReview answer={answer} solution={solution} feedback={result?.feedback ?? []} />;
  if (view.type === "short" && solution.type === "short") return <ShortReview answer={answer} solution={solution} />;
  if (view.type === "numeric" && solution.type === "numeric") return <NumericReview answer={answer} solution={solution} correct={result?.correct ?? null} />;
  if (view.type === "matching" && solution.type === "matching") return <MatchingReview view={view} answer={answer} solution={solution} />;
  if (view.type === "ordering" && solution.type === "ordering") return <OrderingReview view={view} answer={answer} solution={solution} />;
  if (view.type === "cloze" && solution.type === "cloze") return <ClozeReview view={view} answer={answer} solution={solution} />;
  if (view.type === "flashcard" && solution.type === "flashcard") {
    return (
      <div>
        <h3 className={labelClass}>Answer</h3>
        <Markdown>{solution.back}</Markdown>
      </div>
    );
  }
  return null;
}

/**
 * What the learner answered against the answer key, per type, with ✓/✗ and words (never
 * colour alone), per-option feedback, then the explanation. Hook-free: server or client.
 */
export function AnswerReview({ question, answer, solution, result, explanation }: AnswerReviewProps) {
  // Choice and truefalse feedback is shown next to the options; other types have none today,
  // but show any the grader returns rather than drop it.
  const inline = ["single", "multiple", "truefalse"].includes(question.view.type);
  const extra = inline ? [] : (result?.feedback ?? []);
  return (
    <div className="flex flex-col gap-4">
      {result && <Verdict result={result} flashcard={question.view.type === "flashcard"} />}
      <Body question={question} answer={answer} solution={solution} result={result} />
      {extra.map((f) => (
        <Feedback key={f}>
          <Markdown>{f}</Markdown>
        </Feedback>
      ))}
      {explanation.trim() && (
        <section aria-labelledby={`explanation-${question.id}`} className="border-t border-slate-200 pt-3 dark:border-slate-800">
          <h3 id={`explanation-${question.id}`} className="text-base font-semibold">
            Explanation
          </h3>
          <Markdown>{explanation}</Markdown>
        </section>
      )}
    </div>
  );
}
