import { answerSchemas } from "@/lib/questions/answer-shapes";
import type { Solution } from "@/lib/questions/types";
import { Markdown } from "../markdown";
import { AnswerLines, Feedback } from "../review-shared";

export function TrueFalseReview({
  answer,
  solution,
  feedback,
}: {
  answer: unknown;
  solution: Extract<Solution, { type: "truefalse" }>;
  feedback: string[];
}) {
  const given = answerSchemas.truefalse.safeParse(answer).data?.value;
  const word = (v: boolean) => (v ? "True" : "False");
  const notes = [...new Set([...feedback, ...(solution.feedback ? [solution.feedback] : [])])];
  return (
    <AnswerLines
      given={given === undefined ? undefined : word(given)}
      ok={given === solution.answer}
      right={<strong>{word(solution.answer)}</strong>}
    >
      {notes.map((n) => (
        <Feedback key={n}>
          <Markdown>{n}</Markdown>
        </Feedback>
      ))}
    </AnswerLines>
  );
}
