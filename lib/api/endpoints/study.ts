import { z } from "zod";
import { checkResultSchema } from "@/lib/questions/dto-schemas";
import {
  progressSchema,
  reviewInputSchema,
  reviewResultSchema,
  studyQueueSchema,
  undoResultSchema,
} from "@/lib/srs/schemas";
import { endpoint } from "../endpoint";

export const getQueueEp = endpoint({
  method: "GET",
  path: "/api/v1/study/queue",
  summary:
    "Today's study queue: due cards (oldest first), then new cards within the daily limits, then same-day drills",
  tag: "Study",
  access: "user",
  query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }).strict(),
  response: studyQueueSchema,
});

export const checkAnswerEp = endpoint({
  method: "POST",
  path: "/api/v1/study/check",
  summary: "Grade an answer to a study card and get the right answer and explanation (does not schedule)",
  tag: "Study",
  access: "user",
  body: z
    .object({ questionId: z.string().min(1).max(100), answer: z.unknown().optional() })
    .strict()
    .meta({
      id: "CheckInput",
      description: "Leave out answer to reveal (flashcards, or giving up: counts as not correct)",
    }),
  response: checkResultSchema,
  errors: [404, 409],
});

export const recordReviewEp = endpoint({
  method: "POST",
  path: "/api/v1/reviews",
  summary: "Grade recall 0–5 for a card (SM-2). Idempotent per clientRequestId; 409 with the current state when stale",
  tag: "Study",
  access: "user",
  body: reviewInputSchema,
  response: reviewResultSchema,
  status: 201,
  errors: [404, 409],
});

export const undoReviewEp = endpoint({
  method: "POST",
  path: "/api/v1/reviews/undo",
  summary: "Undo the latest review, restoring the card's exact previous state",
  tag: "Study",
  access: "user",
  response: undoResultSchema,
  errors: [404, 409],
});

export const getProgressEp = endpoint({
  method: "GET",
  path: "/api/v1/stats/progress",
  summary: "Your streak, reviews per day (365 days), due forecast (30 days), weekly retention and cards by stage",
  tag: "Study",
  access: "user",
  response: progressSchema,
});
