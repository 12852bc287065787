/**
 * The question editor's zod checks, loaded on demand (see useEditorChecks in ./use-checks.ts)
 * so that zod and the question schemas are not first-load JS of the editor pages: the draft
 * checked against the API's own questionInputSchema, so what the editor accepts is what the
 * server accepts (the server checks again on save).
 */
import "@/lib/zod-browser"; // first: zod's browser settings before any schema is built
import { editorFor } from "@/components/questions/authoring-registry";
import { zodFieldErrors, type FieldErrors } from "@/lib/errors";
import { numericPayloadSchema, questionInputSchema } from "@/lib/questions/schemas";
import { inputOf, type Draft } from "./draft";
import { provideSchemas } from "./loaded-schemas";

provideSchemas({ numericPayloadSchema });

/** Per-field errors of a draft, keyed like the API's ("payload.options.1.text"). */
export function validateDraft(d: Draft): FieldErrors {
  const input = inputOf(d);
  const parsed = questionInputSchema.safeParse(input);
  if (parsed.success) return {};
  const fields = zodFieldErrors(parsed.error);
  editorFor(d.type).draft.refineErrors?.(d, input.payload, fields);
  return fields;
}
