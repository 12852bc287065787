import type { ImportProblem } from "./schemas";

/**
 * Import formats and limits, and the problems of a refused import as the import panel reads
 * them from the API's error details. No zod, so the panel can import it (lib/authoring/schemas.ts
 * re-exports the constants; the server builds the details from importErrorDetailsSchema).
 */
export const IMPORT_FORMATS = ["gift", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** Upload limit of an import file. */
export const IMPORT_MAX_BYTES = 1024 * 1024;
/**
 * Questions in one import. 20,000 tiny GIFT questions fit in IMPORT_MAX_BYTES and took the
 * server past its transaction timeout and to 1.5 GB; a bigger deck is several imports.
 */
export const IMPORT_MAX_QUESTIONS = 2000;

const isProblem = (p: unknown): p is ImportProblem =>
  typeof p === "object" &&
  p !== null &&
  Number.isInteger((p as { line?: unknown }).line) &&
  typeof (p as { message?: unknown }).message === "string";

/** The `{ errors: [{ line, message }] }` of a refused import's details; [] for anything else. */
export function importProblemsOf(details: unknown): ImportProblem[] {
  const errors = typeof details === "object" && details !== null ? (details as { errors?: unknown }).errors : undefined;
  return Array.isArray(errors) && errors.every(isProblem) ? errors : [];
}
