/**
 * Type-level guard: every shape the client reads is the type inferred from its zod schema, and
 * the server's service returns that same type. A hand-written copy that drifts fails `tsc`
 * (npm run typecheck); vitest runs the file too, where the checks are no-ops that must not throw.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { AdminUserDto } from "@/lib/admin/schemas";
import { api, type ApiBody, type ApiResponse } from "@/lib/api/client";
import type { updateUserEp } from "@/lib/api/endpoints/admin";
import type { getAuthorDeckEp, importDeckEp } from "@/lib/api/endpoints/authoring";
import type { getAttemptEp, submitAttemptEp } from "@/lib/api/endpoints/quizzes";
import {
  type checkAnswerEp,
  type getProgressEp,
  type getQueueEp,
  recordReviewEp,
  type undoReviewEp,
} from "@/lib/api/endpoints/study";
import type { AuthorDeckDto, ImportPreviewDto, ImportProblem } from "@/lib/authoring/schemas";
import type { ImportError } from "@/lib/decks/import-errors";
import type {
  checkResultSchema,
  gradeResultSchema,
  publicQuestionSchema,
  publicViewSchema,
  solutionSchema,
} from "@/lib/questions/dto-schemas";
import type { CheckResult, GradeResult, PublicQuestion, PublicView, Solution } from "@/lib/questions/types";
import type { AttemptResult, AttemptView } from "@/lib/quiz/schemas";
import type { getQueue } from "@/lib/srs/queue";
import type {
  Progress,
  QueueCard,
  ReviewInput,
  ReviewResult,
  StudyQueue,
  UndoResult,
  progressSchema,
  reviewInputSchema,
  studyQueueSchema,
} from "@/lib/srs/schemas";
import type { getProgress } from "@/lib/srs/stats";

describe("client types are the schemas' types", () => {
  it("study queue: server, contract and client agree", () => {
    expectTypeOf<StudyQueue>().toEqualTypeOf<z.output<typeof studyQueueSchema>>();
    expectTypeOf<ApiResponse<typeof getQueueEp>>().toEqualTypeOf<StudyQueue>();
    expectTypeOf<Awaited<ReturnType<typeof getQueue>>>().toEqualTypeOf<StudyQueue>();
    expectTypeOf<QueueCard>().toEqualTypeOf<StudyQueue["cards"][number]>();
  });

  it("questions as the learner sees them, and the check result", () => {
    expectTypeOf<PublicQuestion>().toEqualTypeOf<z.output<typeof publicQuestionSchema>>();
    expectTypeOf<PublicView>().toEqualTypeOf<z.output<typeof publicViewSchema>>();
    expectTypeOf<Solution>().toEqualTypeOf<z.output<typeof solutionSchema>>();
    expectTypeOf<GradeResult>().toEqualTypeOf<z.output<typeof gradeResultSchema>>();
    expectTypeOf<CheckResult>().toEqualTypeOf<z.output<typeof checkResultSchema>>();
    expectTypeOf<ApiResponse<typeof checkAnswerEp>>().toEqualTypeOf<CheckResult>();
    expectTypeOf<StudyQueue["cards"][number]["question"]>().toEqualTypeOf<PublicQuestion>();
  });

  it("reviews, undo and progress", () => {
    expectTypeOf<ApiBody<typeof recordReviewEp>>().toEqualTypeOf<z.input<typeof reviewInputSchema>>();
    expectTypeOf<ApiBody<typeof recordReviewEp>>().toEqualTypeOf<ReviewInput>();
    expectTypeOf<ApiResponse<typeof recordReviewEp>>().toEqualTypeOf<ReviewResult>();
    expectTypeOf<ApiResponse<typeof undoReviewEp>>().toEqualTypeOf<UndoResult>();
    expectTypeOf<Progress>().toEqualTypeOf<z.output<typeof progressSchema>>();
    expectTypeOf<ApiResponse<typeof getProgressEp>>().toEqualTypeOf<Progress>();
    expectTypeOf<Awaited<ReturnType<typeof getProgress>>>().toEqualTypeOf<Progress>();
  });

  it("quizzes, authoring and admin", () => {
    expectTypeOf<ApiResponse<typeof getAttemptEp>>().toEqualTypeOf<AttemptView>();
    expectTypeOf<ApiResponse<typeof submitAttemptEp>>().toEqualTypeOf<AttemptResult>();
    expectTypeOf<ApiResponse<typeof getAuthorDeckEp>>().toEqualTypeOf<AuthorDeckDto>();
    expectTypeOf<ApiResponse<typeof importDeckEp>>().toEqualTypeOf<ImportPreviewDto>();
    // The import panel reads the parser's problems out of a 400's details through this schema.
    expectTypeOf<ImportProblem>().toEqualTypeOf<ImportError>();
    expectTypeOf<ApiResponse<typeof updateUserEp>>().toEqualTypeOf<AdminUserDto>();
  });

  it("the client refuses calls that do not match the contract", () => {
    // Never called: these lines only have to type-check (or, marked, fail to).
    const calls = () => {
      // @ts-expect-error a path parameter is required
      void api({} as typeof updateUserEp, { body: { role: "ADMIN" } });
      // @ts-expect-error the body must match the schema's input
      void api(recordReviewEp, { body: { questionId: "q", grade: "five" } });
      // @ts-expect-error the response is typed: no such field
      void api(recordReviewEp, { body: {} as ReviewInput }).then((r) => r.nope);
    };
    expectTypeOf(calls).toBeFunction();
  });
});
