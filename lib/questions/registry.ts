import type { z } from "zod";
import type { QuestionType as DatabaseQuestionType } from "@/lib/db/generated/enums";
import type { QuestionType } from "./schemas";
import type { QuestionTypeModule } from "./types/module";
import { cloze } from "./types/cloze";
import { flashcard } from "./types/flashcard";
import { matching } from "./types/matching";
import { multiple } from "./types/multiple";
import { numeric } from "./types/numeric";
import { ordering } from "./types/ordering";
import { short } from "./types/short";
import { single } from "./types/single";
import { truefalse } from "./types/truefalse";

/** A module whose view and solution are tagged with its own type name. */
type ModuleOf<T extends QuestionType> = QuestionTypeModule<
  z.ZodType,
  z.ZodType,
  z.ZodType<{ type: T }>,
  z.ZodType<{ type: T }>
>;

/**
 * Every question type, once (see docs/ARCHITECTURE.md, "Adding a question type"). A type
 * named in QUESTION_TYPES but missing here, or tagged with another name, does not compile.
 */
export const QUESTION_TYPE_MODULES = {
  single,
  multiple,
  truefalse,
  short,
  numeric,
  matching,
  ordering,
  cloze,
  flashcard,
} satisfies { [T in QuestionType]: ModuleOf<T> };

export type QuestionTypeModules = typeof QUESTION_TYPE_MODULES;

/** A type's module with its schema types erased, for code that dispatches on a runtime type. */
export const moduleFor = (type: QuestionType): QuestionTypeModule => QUESTION_TYPE_MODULES[type];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only while QUESTION_TYPES and the QuestionType enum of prisma/schema.prisma name the same types. */
export type QuestionTypesMatchDatabase = Same<QuestionType, DatabaseQuestionType> extends true ? true : never;
const matchesDatabase: QuestionTypesMatchDatabase = true;
// eslint-disable-next-line @typescript-eslint/no-meaningless-void-operator -- a use of the compile-time check, so it is not an unused variable.
void matchesDatabase;
