import { matchesAccepted } from "@/lib/questions/normalise";
import { answerSchemas } from "@/lib/questions/schemas";
import type { Solution } from "@/lib/questions/types";
import { Accepted, labelClass, Mark, NO_ANSWER } from "../review-shared";

export function ShortReview({ answer, solution }: { answer: unknown; solution: Extract<Solution, { type: "short" }> }) {
  const text = answerSchemas.short.safeParse(answer).data?.text;
  const ok = text !== undefined && matchesAccepted(text, solution.accepted, solution.caseSensitive);
  return (
    <div className="flex flex-col gap-2">
      <p>
        <span className={labelClass}>Your answer: </span>
        {text?.trim() ? <Mark ok={ok}>{`${text.trim()} (${ok ? "correct" : "wrong"})`}</Mark> : NO_ANSWER}
      </p>
      <p>
        <span className={labelClass}>{solution.accepted.length > 1 ? "Accepted answers: " : "Correct answer: "}</span>
        <Accepted list={solution.accepted} />
        {solution.caseSensitive && <span className={labelClass}> (capitals matter)</span>}
      </p>
    </div>
  );
}
