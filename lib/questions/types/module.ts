import type { z } from "zod";
import type { Built, BuildContext, Kind } from "@/lib/decks/gift/read-parts";
import type { GradeResult } from "../types";
import type { ChoiceOrder, ViewContext } from "./arrange";

/** What the GIFT exporter hands a type's writer: the question's head and general feedback, written. */
export interface GiftWriteContext {
  /** `::Title::[markdown]prompt`, escaped. */
  head: string;
  /** `####explanation`, or "" when there is none. */
  general: string;
  /** The question as `head{` + one answer per line + general feedback + `}`. */
  block: (answers: string[]) => string[];
}

/**
 * One question type, like Moodle's question/type/<qtype>/: its payload (with the answer key)
 * and answer schemas, grader, redactors and GIFT mapping. Listed once in lib/questions/registry.ts.
 */
export interface QuestionTypeModule<
  P extends z.ZodType = z.ZodType,
  A extends z.ZodType = z.ZodType,
  V extends z.ZodType = z.ZodType,
  S extends z.ZodType = z.ZodType,
> {
  label: string;
  /** The stored payload, answer key included. */
  payloadSchema: P;
  /** What a learner submits. */
  answerSchema: A;
  /** The answer's JSON shape, quoted in the 400 for a malformed answer. */
  answerShape: string;
  /** What a learner may see before answering (`{ type, … }`), for the API contract. */
  viewSchema: V;
  /** The answer key as shown after answering (`{ type, … }`). */
  solutionSchema: S;
  /** Throws AppError BAD_REQUEST (with `fields`) for an answer naming ids the question lacks. */
  grade(payload: z.output<P>, answer: z.output<A>): GradeResult;
  toView(payload: z.output<P>, ctx: ViewContext): z.output<V>;
  /** The ids of a view in displayed order, for a quiz to snapshot; absent when nothing is shuffled. */
  choiceOrder?(view: z.output<V>): ChoiceOrder;
  toSolution(payload: z.output<P>): z.output<S>;
  gift: {
    /** The question in the closest form Moodle's GIFT importer understands. */
    write(q: { prompt: string; explanation: string; payload: z.output<P> }, ctx: GiftWriteContext): string[];
    /** The GIFT answer block this type is read from, where GIFT has the type. */
    read?: { kind: Kind; build(raw: string, ctx: BuildContext): Built | null };
  };
}

/** Identity, so a module's schema types are inferred and its functions checked against them. */
export function defineQuestionType<P extends z.ZodType, A extends z.ZodType, V extends z.ZodType, S extends z.ZodType>(
  m: QuestionTypeModule<P, A, V, S>,
): QuestionTypeModule<P, A, V, S> {
  return m;
}
