import { z } from "zod";
import { payloadSchemas, type QuestionType } from "./schemas";
import type { StoredQuestion } from "./types";

export type PayloadFor<T extends QuestionType> = z.output<(typeof payloadSchemas)[T]>;
export type TypedPayload = { [T in QuestionType]: { type: T; payload: PayloadFor<T> } }[QuestionType];

/**
 * Parses a stored question's payload with its type's schema. A bad stored payload is our bug,
 * not the learner's, so it throws a plain Error (→ logged, generic 500), never BAD_REQUEST.
 */
export function parsePayload(q: StoredQuestion): TypedPayload {
  const schema = (payloadSchemas as Partial<Record<string, z.ZodType>>)[q.type];
  if (!schema) throw new Error(`Question ${q.id}: unknown type "${q.type}"`);
  const parsed = schema.safeParse(q.payload);
  if (!parsed.success) {
    throw new Error(`Question ${q.id}: stored ${q.type} payload is invalid: ${z.prettifyError(parsed.error)}`);
  }
  return { type: q.type, payload: parsed.data } as TypedPayload;
}
