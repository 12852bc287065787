import { z } from "zod";
import {
  attemptResultSchema,
  attemptSummarySchema,
  attemptViewSchema,
  quizInputSchema,
  quizSummarySchema,
  saveAnswerSchema,
} from "@/lib/quiz/schemas";
import { endpoint } from "../endpoint";

const quizParams = z.object({ quizId: z.string().min(1).max(100) });
const attemptParams = z.object({ attemptId: z.string().min(1).max(100) });

export const listQuizzesEp = endpoint({
  method: "GET",
  path: "/api/v1/quizzes",
  summary: "Chapter quizzes with your attempts used, best and last score",
  tag: "Quizzes",
  access: "user",
  response: z.object({ quizzes: z.array(quizSummarySchema) }),
});

export const createQuizEp = endpoint({
  method: "POST",
  path: "/api/v1/quizzes",
  summary: "Add a quiz to a deck you own (instructors)",
  tag: "Quizzes",
  access: "instructor",
  body: quizInputSchema,
  response: z.object({ id: z.string() }),
  status: 201,
  errors: [403, 404],
});

export const getQuizEp = endpoint({
  method: "GET",
  path: "/api/v1/quizzes/{quizId}",
  summary: "A quiz and your attempts at it",
  tag: "Quizzes",
  access: "user",
  params: quizParams,
  response: quizSummarySchema.extend({ attempts: z.array(attemptSummarySchema) }).meta({ id: "QuizDetail" }),
  errors: [404],
});

export const listQuizAttemptsEp = endpoint({
  method: "GET",
  path: "/api/v1/quizzes/{quizId}/attempts",
  summary: "Every learner's attempts at a quiz on your deck (instructors)",
  tag: "Quizzes",
  access: "instructor",
  params: quizParams,
  response: z.object({
    quiz: z.object({ id: z.string(), title: z.string() }),
    attempts: z.array(attemptSummarySchema),
  }),
  errors: [404],
});

export const startAttemptEp = endpoint({
  method: "POST",
  path: "/api/v1/quizzes/{quizId}/attempts",
  summary:
    "Start an attempt (or resume your open one): questions drawn and ordered on the server, deadline from the server clock",
  tag: "Quizzes",
  access: "user",
  params: quizParams,
  response: attemptViewSchema,
  status: 201,
  errors: [404, 409, 422],
});

export const getAttemptEp = endpoint({
  method: "GET",
  path: "/api/v1/attempts/{attemptId}",
  summary: "Your open attempt with saved answers (409 once finished: fetch /result)",
  tag: "Quizzes",
  access: "user",
  params: attemptParams,
  response: attemptViewSchema,
  errors: [404, 409],
});

export const saveAnswerEp = endpoint({
  method: "PUT",
  path: "/api/v1/attempts/{attemptId}/answers",
  summary: "Autosave one answer (refused with 409 after the deadline + 2 s)",
  tag: "Quizzes",
  access: "user",
  params: attemptParams,
  body: saveAnswerSchema,
  response: z.object({ questionId: z.string(), savedAt: z.string() }).meta({ id: "AnswerSaved" }),
  errors: [404, 409],
});

export const submitAttemptEp = endpoint({
  method: "POST",
  path: "/api/v1/attempts/{attemptId}/submit",
  summary: "Submit and score the attempt (submitting twice scores once)",
  tag: "Quizzes",
  access: "user",
  params: attemptParams,
  response: attemptResultSchema,
  errors: [404, 409],
});

export const getResultEp = endpoint({
  method: "GET",
  path: "/api/v1/attempts/{attemptId}/result",
  summary:
    "Score, pass/fail, time used and per-question review of a finished attempt (answers as the quiz's policy allows)",
  tag: "Quizzes",
  access: "user",
  params: attemptParams,
  response: attemptResultSchema,
  errors: [404, 409],
});

export const listAuthoredQuizzesEp = endpoint({
  method: "GET",
  path: "/api/v1/author/quizzes",
  summary: "Quizzes on your decks (instructors; admins see all), with attempt counts",
  tag: "Quizzes",
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
        showAnswers: z.enum(["AFTER_EACH_ATTEMPT", "AFTER_LAST_ATTEMPT", "NEVER"]),
        attempts: z.number().int(),
      }),
    ),
  }),
});
