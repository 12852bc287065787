import { answerSchemas } from "@/lib/questions/schemas";
import type { Solution } from "@/lib/questions/types";
import { Markdown } from "../markdown";
import { Feedback, labelClass, Mark, NO_ANSWER } from "../review-shared";

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
    <div className="flex flex-col gap-2">
      <p>
        <span className={labelClass}>Your answer: </span>
        {given === undefined ? (
          NO_ANSWER
        ) : (
          <Mark
            ok={given === solution.answer}
          >{`${word(given)} (${given === solution.answer ? "correct" : "wrong"})`}</Mark>
        )}
      </p>
      <p>
        <span className={labelClass}>Correct answer: </span>
        <strong>{word(solution.answer)}</strong>
      </p>
      {notes.map((n) => (
        <Feedback key={n}>
          <Markdown>{n}</Markdown>
        </Feedback>
      ))}
    </div>
  );
}
