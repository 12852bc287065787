import type { Solution } from "@/lib/questions/types";

/** The right answer built from an answer key — what a learner who knows it would send. */
export function rightAnswer(s: Solution): unknown {
  switch (s.type) {
    case "single":
      return { choice: s.correct };
    case "multiple":
      return { choices: s.correct };
    case "truefalse":
      return { value: s.answer };
    case "short":
      return { text: s.accepted[0] };
    case "numeric":
      return { value: s.value ?? (s.min! + s.max!) / 2 };
    case "matching":
      return { matches: s.matches };
    case "ordering":
      return { order: s.order };
    case "cloze":
      return { blanks: s.accepted.map((a) => a[0]) };
    case "flashcard":
      return { knew: true };
  }
}
