import { matchesAccepted } from "@/lib/questions/normalise";
import { answerSchemas } from "@/lib/questions/answer-shapes";
import type { Solution } from "@/lib/questions/types";
import { Accepted, AnswerLines, labelClass } from "../review-shared";

export function ShortReview({ answer, solution }: { answer: unknown; solution: Extract<Solution, { type: "short" }> }) {
  const text = answerSchemas.short.safeParse(answer).data?.text;
  const ok = text !== undefined && matchesAccepted(text, solution.accepted, solution.caseSensitive);
  return (
    <AnswerLines
      given={text?.trim() || undefined}
      ok={ok}
      rightLabel={solution.accepted.length > 1 ? "Accepted answers: " : "Correct answer: "}
      right={
        <>
          <Accepted list={solution.accepted} />
          {solution.caseSensitive && <span className={labelClass}> (capitals matter)</span>}
        </>
      }
    />
  );
}
