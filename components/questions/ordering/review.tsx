import { answerSchemas } from "@/lib/questions/answer-shapes";
import type { ReviewProps } from "../module";
import { Markdown } from "../markdown";
import { PickedCell, ReviewTable, textOf } from "../review-shared";

export function OrderingReview({ view, answer, solution }: ReviewProps<"ordering">) {
  const order = answerSchemas.ordering.safeParse(answer).data?.order ?? [];
  const rows = solution.order.map((id, i) => {
    const ok = order[i] === id;
    return {
      key: id,
      head: i + 1,
      mine: <PickedCell text={textOf(view.items, order[i])} ok={ok} verdict={ok ? "Right place" : "Wrong place"} />,
      right: <Markdown inline>{textOf(view.items, id) ?? ""}</Markdown>,
    };
  });
  return <ReviewTable columns={["Position", "Your order", "Correct order"]} rows={rows} />;
}
