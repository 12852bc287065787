import { answerSchemas } from "@/lib/questions/schemas";
import type { PublicView, Solution } from "@/lib/questions/types";
import { Markdown } from "../markdown";
import { cellClass, Mark, NO_ANSWER, tableClass, textOf } from "../review-shared";

export function OrderingReview({
  view,
  answer,
  solution,
}: {
  view: Extract<PublicView, { type: "ordering" }>;
  answer: unknown;
  solution: Extract<Solution, { type: "ordering" }>;
}) {
  const order = answerSchemas.ordering.safeParse(answer).data?.order ?? [];
  return (
    <table className={tableClass}>
      <thead>
        <tr>
          <th scope="col" className={cellClass}>
            Position
          </th>
          <th scope="col" className={cellClass}>
            Your order
          </th>
          <th scope="col" className={cellClass}>
            Correct order
          </th>
        </tr>
      </thead>
      <tbody>
        {solution.order.map((id, i) => {
          const mine = textOf(view.items, order[i]);
          const ok = order[i] === id;
          return (
            <tr key={id}>
              <th scope="row" className={cellClass}>
                {i + 1}
              </th>
              <td className={cellClass}>
                {mine ? <Markdown inline>{mine}</Markdown> : NO_ANSWER}
                <div>
                  <Mark ok={ok}>{ok ? "Right place" : "Wrong place"}</Mark>
                </div>
              </td>
              <td className={cellClass}>
                <Markdown inline>{textOf(view.items, id) ?? ""}</Markdown>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
