import { answerSchemas } from "@/lib/questions/answer-shapes";
import type { Solution } from "@/lib/questions/types";
import { AnswerLines, withUnit } from "../review-shared";

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
    <AnswerLines
      given={given === undefined ? undefined : withUnit(given, unit)}
      ok={!!correct}
      right={<strong>{expected}</strong>}
    />
  );
}
