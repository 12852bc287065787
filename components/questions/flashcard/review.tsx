import type { Solution } from "@/lib/questions/types";
import { Markdown } from "../markdown";
import { labelClass } from "../review-shared";

export function FlashcardReview({ solution }: { solution: Extract<Solution, { type: "flashcard" }> }) {
  return (
    <div>
      <h3 className={labelClass}>Answer</h3>
      <Markdown>{solution.back}</Markdown>
    </div>
  );
}
