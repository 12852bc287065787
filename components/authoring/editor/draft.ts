/**
 * The question editor's form model: what the author is typing (numbers as text, rows with
 * stable keys), converted to a QuestionInput for validation, preview and saving. Pure, and
 * without zod: the check against the API's schema is ./checks.ts, loaded on demand. Each
 * type's fields and their conversion live in its draft piece (components/questions/<type>/draft.ts).
 */
import { DRAFT_PIECES, editorFor, type TypeDraftFields } from "@/components/questions/authoring-registry";
import type { FieldErrors } from "@/lib/errors";
import type { QuestionType } from "@/lib/questions/question-types";
import { splitTagText } from "@/lib/questions/tag-text";

export type { BlankRow, OptionRow, PairRow, Row } from "./rows";
export { newKey } from "./rows";

export type Draft = {
  type: QuestionType;
  prompt: string;
  explanation: string;
  section: string;
  /** Comma-separated, as typed; the schema normalises each tag. */
  tags: string;
  quizOnly: boolean;
} & TypeDraftFields;

/** An empty draft of a type, with as many rows as the type needs at least. */
export function emptyDraft(type: QuestionType, section = ""): Draft {
  const fields = Object.assign({}, ...DRAFT_PIECES.map((piece) => piece.empty(type))) as TypeDraftFields;
  return { type, prompt: "", explanation: "", section, tags: "", quizOnly: false, ...fields };
}

/** A stored question as a draft (for the edit page). */
export function draftFromQuestion(q: {
  type: QuestionType;
  prompt: string;
  explanation: string;
  section: string | null;
  payload: unknown;
  tags?: string[];
  quizOnly?: boolean;
}): Draft {
  const d = emptyDraft(q.type, q.section ?? "");
  const p = (q.payload ?? {}) as Record<string, unknown>;
  const bank = { tags: (q.tags ?? []).join(", "), quizOnly: q.quizOnly ?? false };
  return { ...d, prompt: q.prompt, explanation: q.explanation, ...bank, ...editorFor(q.type).draft.read(p) };
}

export function payloadOf(d: Draft): unknown {
  return editorFor(d.type).draft.payload(d);
}

/** The body to POST/PATCH: what questionInputSchema checks. */
export function inputOf(d: Draft) {
  return {
    type: d.type,
    prompt: d.prompt,
    explanation: d.explanation,
    ...(d.section.trim() ? { section: d.section.trim() } : {}),
    payload: payloadOf(d),
    // Only when set, so an untagged question's input is what it was; the editor's PATCH sends both always.
    ...(splitTagText(d.tags).length ? { tags: splitTagText(d.tags) } : {}),
    ...(d.quizOnly ? { quizOnly: true } : {}),
  };
}

/** Errors whose key is `key` or lies under it (`key.…`). */
export function errorsUnder(fields: FieldErrors, key: string, exact = false): string[] | undefined {
  const out: string[] = [];
  for (const [k, msgs] of Object.entries(fields))
    if (k === key || (!exact && k.startsWith(`${key}.`))) out.push(...msgs);
  return out.length ? [...new Set(out)] : undefined;
}
