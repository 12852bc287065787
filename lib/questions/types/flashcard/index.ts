import { z } from "zod";
import { escapeGift } from "@/lib/decks/gift/text";
import { text } from "../fields";
import { defineQuestionType } from "../module";
import { QUESTION_TYPE_LABELS } from "../../question-types";

export const flashcardPayloadSchema = z.object({ back: text("Back of the card", 4000) }).strict();

export const flashcard = defineQuestionType({
  label: QUESTION_TYPE_LABELS.flashcard,
  payloadSchema: flashcardPayloadSchema,
  answerSchema: z.object({ knew: z.boolean({ error: "knew must be true or false" }) }).strict(),
  answerShape: '{ "knew": true | false }',
  viewSchema: z.object({ type: z.literal("flashcard") }),
  solutionSchema: z.object({ type: z.literal("flashcard"), back: z.string() }),
  // Self-graded: correct is null, the learner's "knew it" is the score.
  grade: (_p, a) => ({ correct: null, score: a.knew ? 1 : 0, feedback: [] }),
  toView: () => ({ type: "flashcard" as const }),
  toSolution: (p) => ({ type: "flashcard" as const, back: p.back }),
  gift: {
    // An essay whose general feedback is the back; lib/decks/gift/question.ts reads essays back as flashcards.
    write: (q, { head }) => [`${head}{####${escapeGift(q.payload.back)}}`],
  },
});
