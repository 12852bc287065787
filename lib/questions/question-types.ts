/**
 * The question types and their names as authors read them. No zod and no type modules, so
 * client components (question cards, the import preview, the question list) can import it
 * without loading the schemas; lib/questions/schemas.ts re-exports it.
 */
// Mirrors the QuestionType enum in prisma/schema.prisma.
export const QUESTION_TYPES = [
  "single",
  "multiple",
  "truefalse",
  "short",
  "numeric",
  "matching",
  "ordering",
  "cloze",
  "flashcard",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single: "Single choice",
  multiple: "Multiple choice",
  truefalse: "True / false",
  short: "Short answer",
  numeric: "Numeric",
  matching: "Matching",
  ordering: "Ordering",
  cloze: "Cloze (fill the blanks)",
  flashcard: "Flashcard",
};
