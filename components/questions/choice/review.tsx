import { answerSchemas } from "@/lib/questions/answer-shapes";
import type { PublicView, Solution } from "@/lib/questions/types";
import { Markdown } from "../markdown";
import { Feedback, labelClass, Mark, NO_ANSWER, rowClass } from "../review-shared";

type ChoiceView = Extract<PublicView, { type: "single" | "multiple" }>;
type ChoiceSolution = Extract<Solution, { type: "single" | "multiple" }>;

function pickedIds(view: ChoiceView, answer: unknown): string[] {
  if (view.type === "single") {
    const choice = answerSchemas.single.safeParse(answer).data?.choice;
    return choice ? [choice] : [];
  }
  return answerSchemas.multiple.safeParse(answer).data?.choices ?? [];
}

function status(right: boolean, picked: boolean, multiple: boolean) {
  if (right && picked) return <Mark ok>Your answer: correct</Mark>;
  if (right) return <Mark ok>{multiple ? "Correct answer: you did not pick it" : "Correct answer"}</Mark>;
  if (picked) return <Mark ok={false}>Your answer: wrong</Mark>;
  return null;
}

/** Every option in displayed order, marked right/your pick in words, with its feedback. */
export function ChoiceReview({
  view,
  answer,
  solution,
}: {
  view: ChoiceView;
  answer: unknown;
  solution: ChoiceSolution;
}) {
  const picked = new Set(pickedIds(view, answer));
  const correct = new Set(typeof solution.correct === "string" ? [solution.correct] : solution.correct);
  return (
    <div className="flex flex-col gap-2">
      {picked.size === 0 && <p className={labelClass}>You gave {NO_ANSWER}.</p>}
      <ul className="flex flex-col gap-2">
        {view.options.map((o) => {
          const right = correct.has(o.id);
          const mine = picked.has(o.id);
          const feedback = solution.feedback[o.id];
          return (
            <li key={o.id} className={rowClass(right ? "right" : mine ? "wrong" : "plain")}>
              <Markdown inline>{o.text}</Markdown>
              {(right || mine) && <div className="mt-1 text-sm">{status(right, mine, view.type === "multiple")}</div>}
              {feedback && (
                <Feedback>
                  <Markdown>{feedback}</Markdown>
                </Feedback>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
