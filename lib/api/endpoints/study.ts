import { z } from "zod";
import { checkResultSchema } from "@/lib/questions/dto-schemas";
import {
  progressSchema,
  reviewInputSchema,
  reviewResultSchema,
  studyQueueSchema,
  syncInputSchema,
  offlinePackInputSchema,
  offlinePackSchema,
  syncResultSchema,
  undoResultSchema,
} from "@/lib/srs/schemas";
import { endpointGroup } from "../endpoint";

const tag = "Study";
const studyEp = endpointGroup({ tag, access: "user" });
// Grading or undoing one card: 404 for a card you cannot study, 409 when its state moved on.
const onCard = endpointGroup({ tag, access: "user", errors: [404, 409] });

export const getQueueEp = endpointGroup({ tag, access: "user", errors: [403] })({
  method: "GET",
  path: "/api/v1/study/queue",
  summary:
    "Today's study queue: due cards (oldest first), then new cards within the daily limits, then same-day drills",
  query: z
    .object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      /** The signed-in learner's id: names the URL per account, so an offline copy is never another account's (403 if not you). */
      learner: z.string().min(1).max(100).optional(),
    })
    .strict(),
  response: studyQueueSchema,
});

export const checkAnswerEp = onCard({
  method: "POST",
  path: "/api/v1/study/check",
  summary: "Grade an answer to a study card and get the right answer and explanation (does not schedule)",
  body: z
    .object({ questionId: z.string().min(1).max(100), answer: z.unknown().optional() })
    .strict()
    .meta({
      id: "CheckInput",
      description: "Leave out answer to reveal: self-graded like a flashcard (correct null, every grade 0–5 allowed)",
    }),
  response: checkResultSchema,
});

export const recordReviewEp = onCard({
  method: "POST",
  path: "/api/v1/reviews",
  summary: "Grade recall 0–5 for a card (SM-2). Idempotent per clientRequestId; 409 with the current state when stale",
  body: reviewInputSchema,
  response: reviewResultSchema,
  status: 201,
});

export const undoReviewEp = onCard({
  method: "POST",
  path: "/api/v1/reviews/undo",
  summary: "Undo the latest review, restoring the card's exact previous state",
  response: undoResultSchema,
});

export const getProgressEp = studyEp({
  method: "GET",
  path: "/api/v1/stats/progress",
  summary: "Your streak, reviews per day (365 days), due forecast (30 days), weekly retention and cards by stage",
  response: progressSchema,
});

export const syncReviewsEp = endpointGroup({ tag, access: "user", errors: [403] })({
  method: "POST",
  path: "/api/v1/reviews/sync",
  summary:
    "Apply reviews made on a device (offline): each logged once per clientRequestId, each touched card's log replayed in (reviewedAt, clientRequestId) order",
  body: syncInputSchema,
  response: syncResultSchema,
});

export const offlinePackEp = studyEp({
  method: "POST",
  path: "/api/v1/study/offline-pack",
  summary:
    "The solutions and explanations of study cards (what their reveal shows), for studying them offline; questions of an open quiz attempt are left out",
  body: offlinePackInputSchema,
  response: offlinePackSchema,
});
