import type { QuizSummary } from "@/lib/quiz/schemas";

function when(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleString("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" });
}

/** A quiz's window for this learner in a few words: "Opens …", "Closed", "Closes …" or null (always open). */
export function windowLabel(quiz: Pick<QuizSummary, "opensAt" | "closesAt" | "startRefusal">, timeZone: string) {
  if (quiz.startRefusal === "not-open" && quiz.opensAt) return `Opens ${when(quiz.opensAt, timeZone)}`;
  if (quiz.startRefusal === "closed") return quiz.closesAt ? `Closed ${when(quiz.closesAt, timeZone)}` : "Closed";
  if (quiz.closesAt) return `Closes ${when(quiz.closesAt, timeZone)}`;
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
          {quiz.startRefusal === "not-open" ? "Opens" : "Opened"} {when(quiz.opensAt, timeZone)}
        </li>
      )}
      {quiz.closesAt && (
        <li>
          {quiz.startRefusal === "closed" ? "Closed" : "Closes"} {when(quiz.closesAt, timeZone)}; an attempt started
          near the close ends at the close
        </li>
      )}
    </>
  );
}
