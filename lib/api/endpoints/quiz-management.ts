import { z } from "zod";
import { quizUpdateSchema } from "@/lib/quiz/schemas";
import { overrideInputSchema, overrideSchema } from "@/lib/quiz/override-schemas";
import { endpointGroup, idParams } from "../endpoint";

const onQuiz = endpointGroup({
  tag: "Quizzes",
  access: "instructor",
  params: idParams("quizId"),
  errors: [403, 404],
});

export const updateQuizEp = onQuiz({
  method: "PATCH",
  path: "/api/v1/author/quizzes/{quizId}",
  summary: "Edit a quiz on your deck: settings, window, review options, archived (attempts are kept)",
  body: quizUpdateSchema,
  response: z.object({ id: z.string(), archived: z.boolean() }),
});

export const deleteQuizEp = onQuiz({
  method: "DELETE",
  path: "/api/v1/author/quizzes/{quizId}",
  summary: "Delete a quiz that has no attempts (409 otherwise: archive it instead)",
  response: z.object({ id: z.string(), deleted: z.literal(true) }),
  errors: [403, 404, 409],
});

export const duplicateQuizEp = onQuiz({
  method: "POST",
  path: "/api/v1/author/quizzes/{quizId}/duplicate",
  summary: "Copy a quiz's settings into a new quiz (\u201cCopy of \u2026\u201d, no attempts, no overrides)",
  response: z.object({ id: z.string(), title: z.string() }),
  status: 201,
});

export const listOverridesEp = onQuiz({
  method: "GET",
  path: "/api/v1/author/quizzes/{quizId}/overrides",
  summary: "Per-learner overrides on a quiz: extra-time factor, extra attempts, later close",
  response: z.object({ overrides: z.array(overrideSchema) }),
});

export const saveOverrideEp = onQuiz({
  method: "PUT",
  path: "/api/v1/author/quizzes/{quizId}/overrides",
  summary: "Add or change one learner's override, named by email (applies to attempts started after it)",
  body: overrideInputSchema,
  response: overrideSchema,
});

export const deleteOverrideEp = onQuiz({
  method: "DELETE",
  path: "/api/v1/author/quizzes/{quizId}/overrides/{userId}",
  params: z.object({ quizId: z.string().min(1).max(100), userId: z.string().min(1).max(100) }),
  summary: "Remove one learner's override",
  response: z.object({ userId: z.string(), deleted: z.literal(true) }),
});
