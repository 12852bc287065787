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
import { endpoint } from "../endpoint";

/**
 * Authoring API. Access "instructor": signed out → 401, learners → 403. On a deck (or its
 * questions) the owner and admins may act; another instructor gets 403 for a published deck
 * and 404 for a draft or archived one (lib/authoring/access.ts).
 */
const tag = "Authoring";
const deckParams = z.object({ deckId: z.string().min(1).max(100) });
const questionParams = z.object({ questionId: z.string().min(1).max(100) });

export const listAuthorDecksEp = endpoint({
  method: "GET",
  path: "/api/v1/author/decks",
  summary: "Your decks (admins: every deck), drafts and archived ones included",
  tag,
  access: "instructor",
  response: z.object({ decks: z.array(authorDeckSummarySchema) }),
});

export const createDeckEp = endpoint({
  method: "POST",
  path: "/api/v1/author/decks",
  summary: "Create a draft deck (its slug is made unique from the title)",
  tag,
  access: "instructor",
  body: deckCreateSchema,
  response: authorDeckSummarySchema,
  status: 201,
  errors: [409],
});

export const getAuthorDeckEp = endpoint({
  method: "GET",
  path: "/api/v1/author/decks/{deckId}",
  summary: "A deck you may edit, with every question and its answer key",
  tag,
  access: "instructor",
  params: deckParams,
  response: authorDeckSchema,
  errors: [404],
});

export const updateDeckEp = endpoint({
  method: "PATCH",
  path: "/api/v1/author/decks/{deckId}",
  summary: "Change a deck's title, description, chapter or slug",
  tag,
  access: "instructor",
  params: deckParams,
  body: deckUpdateSchema,
  response: authorDeckSummarySchema,
  errors: [404, 409],
});

const deckAction = (action: string, summary: string, errors: number[] = [404]) =>
  endpoint({
    method: "POST",
    path: `/api/v1/author/decks/{deckId}/${action}`,
    summary,
    tag,
    access: "instructor",
    params: deckParams,
    response: authorDeckSummarySchema,
    errors,
  });

export const publishDeckEp = deckAction(
  "publish",
  "Publish the deck (learners see it); bumps its version every time",
  [404, 422],
);
export const unpublishDeckEp = deckAction("unpublish", "Back to draft: learners stop seeing it; their history stays");
export const archiveDeckEp = deckAction(
  "archive",
  "Archive the deck: it leaves learners' lists and queues; nothing is deleted",
);
export const unarchiveDeckEp = deckAction("unarchive", "Unarchive the deck");

export const createQuestionEp = endpoint({
  method: "POST",
  path: "/api/v1/author/decks/{deckId}/questions",
  summary: "Add a question at the end of the deck (checked by the type's schema; field errors like payload.options)",
  tag,
  access: "instructor",
  params: deckParams,
  body: questionInputSchema,
  response: authorQuestionSchema,
  status: 201,
  errors: [404],
});

export const reorderQuestionsEp = endpoint({
  method: "PUT",
  path: "/api/v1/author/decks/{deckId}/order",
  summary: "Set the order of the deck's live questions (every one, once); 409 when the deck changed meanwhile",
  tag,
  access: "instructor",
  params: deckParams,
  body: reorderSchema,
  response: z.object({ questions: z.array(authorQuestionSchema) }),
  errors: [404, 409],
});

export const deckStatsEp = endpoint({
  method: "GET",
  path: "/api/v1/author/decks/{deckId}/stats",
  summary: "Per-question statistics: facility and discrimination index from quiz attempts, lapse rate from reviews",
  tag,
  access: "instructor",
  params: deckParams,
  response: deckStatsSchema,
  errors: [404],
});

export const getAuthorQuestionEp = endpoint({
  method: "GET",
  path: "/api/v1/author/questions/{questionId}",
  summary: "A question with its answer key, for editing",
  tag,
  access: "instructor",
  params: questionParams,
  response: authorQuestionSchema.extend({ deckTitle: z.string() }),
  errors: [404],
});

export const updateQuestionEp = endpoint({
  method: "PATCH",
  path: "/api/v1/author/questions/{questionId}",
  summary:
    "Edit a question (answer key included); learners' review history is kept. Type changes of answered questions are 409",
  tag,
  access: "instructor",
  params: questionParams,
  body: questionPatchSchema,
  response: authorQuestionSchema,
  errors: [404, 409],
});

const questionAction = (action: string, summary: string, status = 200) =>
  endpoint({
    method: "POST",
    path: `/api/v1/author/questions/{questionId}/${action}`,
    summary,
    tag,
    access: "instructor",
    params: questionParams,
    response: authorQuestionSchema,
    status,
    errors: [404],
  });

export const duplicateQuestionEp = questionAction("duplicate", "Copy a question; the copy goes right after it", 201);
export const archiveQuestionEp = questionAction(
  "archive",
  "Archive a question: it leaves study queues and new quizzes; history is kept",
);
export const unarchiveQuestionEp = questionAction("unarchive", "Unarchive a question (it goes to the end of the deck)");

export const importDeckEp = endpoint({
  method: "POST",
  path: "/api/v1/decks/{deckId}/import",
  summary:
    'Import questions from a Moodle GIFT (Content-Type: text/plain) or Layerwise JSON (application/json) file sent as the raw body, at most 1 MiB; all or nothing. Errors name the line: fields { "line 7": [...] }. dryRun=true previews without writing',
  tag,
  access: "instructor",
  params: deckParams,
  query: importQuerySchema,
  rawBody: {
    "text/plain": "A Moodle GIFT file",
    "application/json": "A Layerwise deck file (format layerwise.deck, version 1)",
  },
  response: importPreviewSchema,
  status: 201,
  errors: [404, 413],
});

export const exportDeckEp = endpoint({
  method: "GET",
  path: "/api/v1/decks/{deckId}/export",
  summary: "Download the deck's live questions as a GIFT or JSON file (Content-Disposition: attachment)",
  tag,
  access: "instructor",
  params: deckParams,
  query: exportQuerySchema,
  response: z.string().meta({ description: "The file: GIFT text or a layerwise.deck JSON document" }),
  errors: [404, 422],
});
