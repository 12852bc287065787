import { z } from "zod";
import {
  attemptProgressInputSchema,
  attemptProgressSchema,
  attemptResultSchema,
  attemptSummarySchema,
  attemptViewSchema,
  quizInputSchema,
  quizSummarySchema,
  saveAnswerSchema,
} from "@/lib/quiz/schemas";
import { reviewOptionsSchema } from "@/lib/quiz/review-options";
import { quizPoolSchema } from "@/lib/quiz/pool-schemas";
import { endpointGroup, idParams } from "../endpoint";

const tag = "Quizzes";
const quizEp = endpointGroup({ tag, access: "user" });
const onQuiz = endpointGroup({ tag, access: "user", params: idParams("quizId"), errors: [404] });
// An attempt answers 409 once it is finished (or while it is still open, for /result).
const onAttempt = endpointGroup({ tag, access: "user", params: idParams("attemptId"), errors: [404, 409] });

export const listQuizzesEp = quizEp({
  method: "GET",
  path: "/api/v1/quizzes",
  summary: "Chapter quizzes with your attempts used, best and last score",
  response: z.object({ quizzes: z.array(quizSummarySchema) }),
});

export const createQuizEp = quizEp({
  method: "POST",
  path: "/api/v1/quizzes",
  summary: "Add a quiz to a deck you own (instructors)",
  access: "instructor",
  body: quizInputSchema,
  response: z.object({ id: z.string() }),
  status: 201,
  errors: [403, 404],
});

export const getQuizEp = onQuiz({
  method: "GET",
  path: "/api/v1/quizzes/{quizId}",
  summary: "A quiz and your attempts at it",
  response: quizSummarySchema.extend({ attempts: z.array(attemptSummarySchema) }).meta({ id: "QuizDetail" }),
});

export const listQuizAttemptsEp = onQuiz({
  method: "GET",
  path: "/api/v1/quizzes/{quizId}/attempts",
  summary: "Every learner's attempts at a quiz on your deck (instructors)",
  access: "instructor",
  response: z.object({
    quiz: z.object({ id: z.string(), title: z.string() }),
    attempts: z.array(attemptSummarySchema),
  }),
});

export const startAttemptEp = onQuiz({
  method: "POST",
  path: "/api/v1/quizzes/{quizId}/attempts",
  summary:
    "Start an attempt (or resume your open one): questions drawn and ordered on the server, deadline from the server clock",
  response: attemptViewSchema,
  status: 201,
  errors: [404, 409, 422],
});

export const getAttemptEp = onAttempt({
  method: "GET",
  path: "/api/v1/attempts/{attemptId}",
  summary: "Your open attempt with saved answers (409 once finished: fetch /result)",
  response: attemptViewSchema,
});

export const saveAnswerEp = onAttempt({
  method: "PUT",
  path: "/api/v1/attempts/{attemptId}/answers",
  summary:
    "Autosave one answer (refused with 409 after the deadline + 2 s); a blank answer (nothing matched, ticked or typed) clears the question",
  body: saveAnswerSchema,
  response: z.object({ questionId: z.string(), savedAt: z.string() }).meta({ id: "AnswerSaved" }),
});

export const updateAttemptProgressEp = onAttempt({
  method: "PATCH",
  path: "/api/v1/attempts/{attemptId}",
  summary: "Save where you are in an open attempt and flag or unflag a question for review (409 once finished)",
  body: attemptProgressInputSchema,
  response: attemptProgressSchema,
});

export const submitAttemptEp = onAttempt({
  method: "POST",
  path: "/api/v1/attempts/{attemptId}/submit",
  summary: "Submit and score the attempt (submitting twice scores once)",
  response: attemptResultSchema,
});

export const getResultEp = onAttempt({
  method: "GET",
  path: "/api/v1/attempts/{attemptId}/result",
  summary:
    "Score, pass/fail, time used and per-question review of a finished attempt (answers as the quiz's policy allows)",
  response: attemptResultSchema,
});

export const listAuthoredQuizzesEp = quizEp({
  method: "GET",
  path: "/api/v1/author/quizzes",
  summary: "Quizzes on your decks (instructors; admins see all), with attempt counts",
  access: "instructor",
  response: z.object({
    quizzes: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        deckId: z.string(),
        deckTitle: z.string(),
        deckStatus: z.enum(["DRAFT", "PUBLISHED"]),
        questionCount: z.number().int(),
        timeLimitSeconds: z.number().int(),
        attemptsAllowed: z.number().int(),
        passMarkPercent: z.number().int(),
        shuffle: z.boolean(),
        reviewOptions: reviewOptionsSchema,
        opensAt: z.string().nullable(),
        closesAt: z.string().nullable(),
        archived: z.boolean(),
        pools: z.array(quizPoolSchema),
        attempts: z.number().int(),
      }),
    ),
  }),
});
