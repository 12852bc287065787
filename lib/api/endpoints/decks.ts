import { z } from "zod";
import { deckBaseShape } from "@/lib/decks/dto-schemas";
import { publicQuestionSchema } from "@/lib/questions/dto-schemas";
import { QUESTION_TYPES } from "@/lib/questions/schemas";
import { endpoint } from "../endpoint";

const deckSummary = z
  .object({
    ...deckBaseShape,
    questionCount: z.number().int(),
    countsByType: z.partialRecord(z.enum(QUESTION_TYPES), z.number().int()),
    enrolled: z.boolean(),
  })
  .meta({ id: "DeckSummary" });

const deckParams = z.object({ deckId: z.string().min(1).max(100) });

export const listDecksEp = endpoint({
  method: "GET",
  path: "/api/v1/decks",
  summary: "Published decks with question counts per type",
  tag: "Decks",
  access: "user",
  response: z.object({ decks: z.array(deckSummary) }),
});

export const getDeckEp = endpoint({
  method: "GET",
  path: "/api/v1/decks/{deckId}",
  summary: "A published deck (id or slug) and its questions as learners see them",
  tag: "Decks",
  access: "user",
  params: deckParams,
  response: z
    .object({
      ...deckBaseShape,
      enrolled: z.boolean(),
      questions: z.array(publicQuestionSchema),
    })
    .meta({ id: "DeckDetail" }),
  errors: [404],
});

const enrollment = z.object({ deckId: z.string(), enrolled: z.boolean() }).meta({ id: "Enrollment" });

export const enrollEp = endpoint({
  method: "PUT",
  path: "/api/v1/decks/{deckId}/enrollment",
  summary: "Study this deck (its new cards join your daily queue)",
  tag: "Decks",
  access: "user",
  params: deckParams,
  response: enrollment,
  errors: [404],
});

export const unenrollEp = endpoint({
  method: "DELETE",
  path: "/api/v1/decks/{deckId}/enrollment",
  summary: "Stop studying this deck (history is kept)",
  tag: "Decks",
  access: "user",
  params: deckParams,
  response: enrollment,
  errors: [404],
});
