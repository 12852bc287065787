import { matchesAccepted } from "@/lib/questions/normalise";
import { answerSchemas } from "@/lib/questions/answer-shapes";
import type { ReviewProps } from "../module";
import { Accepted, Judged, NO_ANSWER, ReviewTable } from "../review-shared";

export function ClozeReview({ view, answer, solution }: ReviewProps<"cloze">) {
  const given = answerSchemas.cloze.safeParse(answer).data?.blanks ?? [];
  const rows = Array.from({ length: view.blanks }, (_, i) => {
    const text = given[i]?.trim();
    const accepted = solution.accepted[i] ?? [];
    const ok = !!text && matchesAccepted(text, accepted, solution.caseSensitive?.[i]);
    return {
      key: i,
      head: i + 1,
      mine: text ? <Judged text={text} ok={ok} /> : NO_ANSWER,
      right: <Accepted list={accepted} />,
    };
  });
  return <ReviewTable columns={["Blank", "Your answer", "Accepted"]} rows={rows} />;
}
