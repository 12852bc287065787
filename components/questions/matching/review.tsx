import { answerSchemas } from "@/lib/questions/schemas";
import type { PublicView, Solution } from "@/lib/questions/types";
import { Markdown } from "../markdown";
import { cellClass, Mark, NO_ANSWER, tableClass, textOf } from "../review-shared";

export function MatchingReview({
  view,
  answer,
  solution,
}: {
  view: Extract<PublicView, { type: "matching" }>;
  answer: unknown;
  solution: Extract<Solution, { type: "matching" }>;
}) {
  const matches = answerSchemas.matching.safeParse(answer).data?.matches ?? {};
  return (
    <table className={tableClass}>
      <thead>
        <tr>
          <th scope="col" className={cellClass}>
            Item
          </th>
          <th scope="col" className={cellClass}>
            Your match
          </th>
          <th scope="col" className={cellClass}>
            Correct match
          </th>
        </tr>
      </thead>
      <tbody>
        {view.lefts.map((left) => {
          const mine = textOf(view.rights, matches[left.id]);
          const right = textOf(view.rights, solution.matches[left.id]) ?? "";
          const ok = matches[left.id] === solution.matches[left.id];
          return (
            <tr key={left.id}>
              <th scope="row" className={cellClass}>
                <Markdown inline>{left.text}</Markdown>
              </th>
              <td className={cellClass}>
                {mine ? <Markdown inline>{mine}</Markdown> : NO_ANSWER}
                <div>
                  <Mark ok={ok}>{ok ? "Correct" : "Wrong"}</Mark>
                </div>
              </td>
              <td className={cellClass}>
                <Markdown inline>{right}</Markdown>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
