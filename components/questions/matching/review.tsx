import { answerSchemas } from "@/lib/questions/answer-shapes";
import type { ReviewProps } from "../module";
import { Markdown } from "../markdown";
import { PickedCell, ReviewTable, textOf } from "../review-shared";

export function MatchingReview({ view, answer, solution }: ReviewProps<"matching">) {
  const matches = answerSchemas.matching.safeParse(answer).data?.matches ?? {};
  const rows = view.lefts.map((left) => {
    const ok = matches[left.id] === solution.matches[left.id];
    return {
      key: left.id,
      head: <Markdown inline>{left.text}</Markdown>,
      mine: <PickedCell text={textOf(view.rights, matches[left.id])} ok={ok} verdict={ok ? "Correct" : "Wrong"} />,
      right: <Markdown inline>{textOf(view.rights, solution.matches[left.id]) ?? ""}</Markdown>,
    };
  });
  return <ReviewTable columns={["Item", "Your match", "Correct match"]} rows={rows} />;
}
