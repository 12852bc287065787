import type { numericPayloadSchema as NumericPayloadSchema } from "@/lib/questions/schemas";

/**
 * Schemas a type's draft piece needs for its refineErrors (components/questions/<type>/draft.ts),
 * handed over by ./checks.ts when it loads. refineErrors runs only from checks.ts's validateDraft,
 * so they are always set by then; importing them from here keeps zod out of every page that
 * renders questions (the draft pieces sit in the same registry as the answer inputs).
 */
export let numericPayloadSchema: typeof NumericPayloadSchema;

export function provideSchemas(schemas: { numericPayloadSchema: typeof NumericPayloadSchema }): void {
  numericPayloadSchema = schemas.numericPayloadSchema;
}
