import { formatWhen } from "@/lib/quiz/format";
import type { QuizSummary } from "@/lib/quiz/schemas";

/** A quiz's window for this learner in a few words: "Opens …", "Closed", "Closes …" or null (always open). */
export function windowLabel(quiz: Pick<QuizSummary, "opensAt" | "closesAt" | "startRefusal">, timeZone: string) {
  if (quiz.startRefusal === "not-open" && quiz.opensAt) return `Opens ${formatWhen(quiz.opensAt, timeZone)}`;
  if (quiz.startRefusal === "closed") return quiz.closesAt ? `Closed ${formatWhen(quiz.closesAt, timeZone)}` : "Closed";
  if (quiz.closesAt) return `Closes ${formatWhen(quiz.closesAt, timeZone)}`;
  return null;
}

/** List items for the quiz page's rules: when it opens and closes for this learner. */
export function QuizWindowItems({
  quiz,
  timeZone,
}: {
  quiz: Pick<QuizSummary, "opensAt" | "closesAt" | "startRefusal">;
  timeZone: string;
}) {
  return (
    <>
      {quiz.opensAt && (
        <li>
          {quiz.startRefusal === "not-open" ? "Opens" : "Opened"} {formatWhen(quiz.opensAt, timeZone)}
        </li>
      )}
      {quiz.closesAt && (
        <li>
          {quiz.startRefusal === "closed" ? "Closed" : "Closes"} {formatWhen(quiz.closesAt, timeZone)}; an attempt
          started near the close ends at the close
        </li>
      )}
    </>
  );
}
