import { z } from "zod";
import { deckBaseShape } from "@/lib/decks/dto-schemas";
import { publicQuestionSchema } from "@/lib/questions/dto-schemas";
import { QUESTION_TYPES } from "@/lib/questions/schemas";
import { endpointGroup, idParams } from "../endpoint";

const deckSummary = z
  .object({
    ...deckBaseShape,
    questionCount: z.number().int(),
    countsByType: z.partialRecord(z.enum(QUESTION_TYPES), z.number().int()),
    enrolled: z.boolean(),
    fromCurriculum: z.boolean().meta({ description: "One of the decks Layerwise ships, not an instructor's" }),
  })
  .meta({ id: "DeckSummary" });

const tag = "Decks";
const decksEp = endpointGroup({ tag, access: "user" });
const onDeck = endpointGroup({ tag, access: "user", params: idParams("deckId"), errors: [404] });

export const listDecksEp = decksEp({
  method: "GET",
  path: "/api/v1/decks",
  summary: "Published decks with question counts per type",
  response: z.object({ decks: z.array(deckSummary) }),
});

export const getDeckEp = onDeck({
  method: "GET",
  path: "/api/v1/decks/{deckId}",
  summary: "A published deck (id or slug) and its questions as learners see them",
  response: z
    .object({
      ...deckBaseShape,
      enrolled: z.boolean(),
      questions: z.array(publicQuestionSchema),
    })
    .meta({ id: "DeckDetail" }),
});

const enrollment = z.object({ deckId: z.string(), enrolled: z.boolean() }).meta({ id: "Enrollment" });

export const enrollEp = onDeck({
  method: "PUT",
  path: "/api/v1/decks/{deckId}/enrollment",
  summary: "Study this deck (its new cards join your daily queue)",
  response: enrollment,
});

export const unenrollEp = onDeck({
  method: "DELETE",
  path: "/api/v1/decks/{deckId}/enrollment",
  summary: "Stop studying this deck (history is kept)",
  response: enrollment,
});
