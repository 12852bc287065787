import { answerSchemas } from "@/lib/questions/schemas";
import type { Solution } from "@/lib/questions/types";
import { labelClass, Mark, NO_ANSWER, withUnit } from "../review-shared";

export function NumericReview({
  answer,
  solution,
  correct,
}: {
  answer: unknown;
  solution: Extract<Solution, { type: "numeric" }>;
  correct: boolean | null;
}) {
  const given = answerSchemas.numeric.safeParse(answer).data?.value;
  const { value, tolerance, min, max, unit } = solution;
  const expected =
    value !== undefined
      ? `${withUnit(value, unit)}${tolerance ? ` (anything within ± ${tolerance} counts)` : ""}`
      : `any value from ${withUnit(min ?? 0, unit)} to ${withUnit(max ?? 0, unit)}`;
  return (
    <div className="flex flex-col gap-2">
      <p>
        <span className={labelClass}>Your answer: </span>
        {given === undefined ? (
          NO_ANSWER
        ) : (
          <Mark ok={!!correct}>{`${withUnit(given, unit)} (${correct ? "correct" : "wrong"})`}</Mark>
        )}
      </p>
      <p>
        <span className={labelClass}>Correct answer: </span>
        <strong>{expected}</strong>
      </p>
    </div>
  );
}
