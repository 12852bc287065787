import { z } from "zod";
import {
  authorDeckSchema,
  authorDeckSummarySchema,
  authorQuestionSchema,
  deckCreateSchema,
  deckStatsSchema,
  deckUpdateSchema,
  exportQuerySchema,
  importPreviewSchema,
  importQuerySchema,
  questionPatchSchema,
  reorderSchema,
} from "@/lib/authoring/schemas";
import { questionInputSchema } from "@/lib/questions/schemas";
import { endpointGroup, idParams, type Endpoint, type EndpointGroup } from "../endpoint";

/**
 * Authoring API. Access "instructor": signed out → 401, learners → 403. On a deck (or its
 * questions) the owner and admins may act; another instructor gets 403 for a published deck
 * and 404 for a draft or archived one (lib/authoring/access.ts).
 */
const tag = "Authoring";
const authorEp = endpointGroup({ tag, access: "instructor" });
/** Contracts on one deck or one question, named in the path by its id. */
const onRecord = <P extends z.ZodObject>(params: P): EndpointGroup<P, "instructor"> =>
  endpointGroup({ tag, access: "instructor", params, errors: [404] });
const deckParams = idParams("deckId");
const questionParams = idParams("questionId");
const onDeck = onRecord(deckParams);
const onQuestion = onRecord(questionParams);

export const listAuthorDecksEp = authorEp({
  method: "GET",
  path: "/api/v1/author/decks",
  summary: "Your decks (admins: every deck), drafts and archived ones included",
  response: z.object({ decks: z.array(authorDeckSummarySchema) }),
});

export const createDeckEp = authorEp({
  method: "POST",
  path: "/api/v1/author/decks",
  summary: "Create a draft deck (its slug is made unique from the title)",
  body: deckCreateSchema,
  response: authorDeckSummarySchema,
  status: 201,
  errors: [409],
});

export const getAuthorDeckEp = onDeck({
  method: "GET",
  path: "/api/v1/author/decks/{deckId}",
  summary: "A deck you may edit, with every question and its answer key",
  response: authorDeckSchema,
});

export const updateDeckEp = onDeck({
  method: "PATCH",
  path: "/api/v1/author/decks/{deckId}",
  summary: "Change a deck's title, description, chapter or slug",
  body: deckUpdateSchema,
  response: authorDeckSummarySchema,
  errors: [404, 409],
});

/** POST <base>/<action>: one state change of a deck or question, answered with the changed record. */
function actionsOn<P extends z.ZodObject, R extends z.ZodType>(params: P, base: string, response: R) {
  const on = onRecord(params);
  return (action: string, summary: string, more: Pick<Endpoint, "status" | "errors"> = {}) =>
    on({ method: "POST", path: `${base}/${action}`, summary, response, ...more });
}

const deckAction = actionsOn(deckParams, "/api/v1/author/decks/{deckId}", authorDeckSummarySchema);

export const publishDeckEp = deckAction("publish", "Publish the deck (learners see it); bumps its version every time", {
  errors: [404, 422],
});
export const unpublishDeckEp = deckAction("unpublish", "Back to draft: learners stop seeing it; their history stays");
export const archiveDeckEp = deckAction(
  "archive",
  "Archive the deck: it leaves learners' lists and queues; nothing is deleted",
);
export const unarchiveDeckEp = deckAction("unarchive", "Unarchive the deck");

export const createQuestionEp = onDeck({
  method: "POST",
  path: "/api/v1/author/decks/{deckId}/questions",
  summary: "Add a question at the end of the deck (checked by the type's schema; field errors like payload.options)",
  body: questionInputSchema,
  response: authorQuestionSchema,
  status: 201,
});

export const reorderQuestionsEp = onDeck({
  method: "PUT",
  path: "/api/v1/author/decks/{deckId}/order",
  summary: "Set the order of the deck's live questions (every one, once); 409 when the deck changed meanwhile",
  body: reorderSchema,
  response: z.object({ questions: z.array(authorQuestionSchema) }),
  errors: [404, 409],
});

export const deckStatsEp = onDeck({
  method: "GET",
  path: "/api/v1/author/decks/{deckId}/stats",
  summary: "Per-question statistics: facility and discrimination index from quiz attempts, lapse rate from reviews",
  response: deckStatsSchema,
});

export const getAuthorQuestionEp = onQuestion({
  method: "GET",
  path: "/api/v1/author/questions/{questionId}",
  summary: "A question with its answer key, for editing",
  response: authorQuestionSchema.extend({ deckTitle: z.string() }),
});

export const updateQuestionEp = onQuestion({
  method: "PATCH",
  path: "/api/v1/author/questions/{questionId}",
  summary:
    "Edit a question (answer key included); learners' review history is kept. Type changes of answered questions are 409",
  body: questionPatchSchema,
  response: authorQuestionSchema,
  errors: [404, 409],
});

const questionAction = actionsOn(questionParams, "/api/v1/author/questions/{questionId}", authorQuestionSchema);

export const duplicateQuestionEp = questionAction("duplicate", "Copy a question; the copy goes right after it", {
  status: 201,
});
export const archiveQuestionEp = questionAction(
  "archive",
  "Archive a question: it leaves study queues and new quizzes; history is kept",
);
export const unarchiveQuestionEp = questionAction("unarchive", "Unarchive a question (it goes to the end of the deck)");

export const importDeckEp = onDeck({
  method: "POST",
  path: "/api/v1/decks/{deckId}/import",
  summary:
    'Import questions from a Moodle GIFT (Content-Type: text/plain) or Layerwise JSON (application/json) file sent as the raw body, at most 1 MiB; all or nothing. Errors name the line: fields { "line 7": [...] }. dryRun=true previews without writing',
  query: importQuerySchema,
  rawBody: {
    "text/plain": "A Moodle GIFT file",
    "application/json": "A Layerwise deck file (format layerwise.deck, version 1)",
  },
  response: importPreviewSchema,
  status: 201,
  errors: [404, 413],
});

export const exportDeckEp = onDeck({
  method: "GET",
  path: "/api/v1/decks/{deckId}/export",
  summary: "Download the deck's live questions as a GIFT or JSON file (Content-Disposition: attachment)",
  query: exportQuerySchema,
  response: z.string().meta({ description: "The file: GIFT text or a layerwise.deck JSON document" }),
  errors: [404, 422],
});
