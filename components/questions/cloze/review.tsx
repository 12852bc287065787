import { matchesAccepted } from "@/lib/questions/normalise";
import { answerSchemas } from "@/lib/questions/schemas";
import type { PublicView, Solution } from "@/lib/questions/types";
import { Accepted, cellClass, Mark, NO_ANSWER, tableClass } from "../review-shared";

export function ClozeReview({
  view,
  answer,
  solution,
}: {
  view: Extract<PublicView, { type: "cloze" }>;
  answer: unknown;
  solution: Extract<Solution, { type: "cloze" }>;
}) {
  const given = answerSchemas.cloze.safeParse(answer).data?.blanks ?? [];
  return (
    <table className={tableClass}>
      <thead>
        <tr>
          <th scope="col" className={cellClass}>
            Blank
          </th>
          <th scope="col" className={cellClass}>
            Your answer
          </th>
          <th scope="col" className={cellClass}>
            Accepted
          </th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: view.blanks }, (_, i) => {
          const text = given[i]?.trim();
          const accepted = solution.accepted[i] ?? [];
          const ok = !!text && matchesAccepted(text, accepted, solution.caseSensitive?.[i]);
          return (
            <tr key={i}>
              <th scope="row" className={cellClass}>
                {i + 1}
              </th>
              <td className={cellClass}>
                {text ? <Mark ok={ok}>{`${text} (${ok ? "correct" : "wrong"})`}</Mark> : NO_ANSWER}
              </td>
              <td className={cellClass}>
                <Accepted list={accepted} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
