import type { AttemptResult } from "@/lib/quiz/schemas";

type Item = AttemptResult["items"][number];

/** What a result is, for its verdict, its navigator colour and its accessible name. */
export function resultKind(item: Item): "right" | "partly" | "wrong" | "answered" | "unanswered" | "hidden" {
  if (item.heldBack) return "hidden";
  if (item.answer === null) return "unanswered";
  // The quiz's review options hide the marks at this time: answered, with no right or wrong.
  if (item.result === null) return "answered";
  const score = item.result.score;
  return score >= 1 ? "right" : score > 0 ? "partly" : "wrong";
}

export const RESULT_WORDS = {
  right: "right",
  partly: "partly right",
  wrong: "wrong",
  answered: "answered (marks not shown yet)",
  unanswered: "not answered",
  hidden: "hidden until your open attempt ends",
} as const;

export const resultAnchor = (i: number) => `result-${i + 1}`;
