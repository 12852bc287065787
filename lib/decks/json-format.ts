/**
 * Layerwise's own deck file: versioned JSON holding the deck and its questions exactly as we
 * store them. Pure: no DB, no server imports.
 *
 *     { "format": "layerwise.deck", "version": 1,
 *       "deck": { "title": "…", "description": "…", "chapter": "4.1" },
 *       "questions": [{ "id": "…", "type": "single", "section": "4.1",
 *                       "prompt": "…", "explanation": "…", "payload": {…} }] }
 */
import { z } from "zod";
import { IMPORT_MAX_QUESTIONS } from "@/lib/authoring/schemas";
import { questionInputSchema, type QuestionInput } from "@/lib/questions/schemas";
import { DeckImportError, describePath, type ImportError } from "./import-errors";
import { JsonSyntaxError, lineOfOffset, parseJsonLocated } from "./json-locate";

export const DECK_FILE_FORMAT = "layerwise.deck";
export const DECK_FILE_VERSION = 1;

export const deckInfoSchema = z
  .object({
    title: z
      .string({ error: "title must be text" })
      .trim()
      .min(1, "title must not be empty")
      .max(120, "title must be at most 120 characters"),
    description: z
      .string({ error: "description must be text" })
      .trim()
      .max(2000, "description must be at most 2000 characters")
      .optional(),
    chapter: z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)*$/, "chapter must look like 4.3")
      .optional(),
  })
  .strict();

export const deckFileQuestionSchema = z.intersection(
  z
    .object({ id: z.string({ error: "id must be text" }).trim().min(1, "id must not be empty").max(100).optional() })
    .strict(),
  questionInputSchema,
);

export const deckFileSchema = z
  .object({
    format: z.literal(DECK_FILE_FORMAT),
    version: z.literal(DECK_FILE_VERSION),
    deck: deckInfoSchema,
    questions: z
      .array(deckFileQuestionSchema)
      .min(1, "A deck file needs at least one question")
      .max(IMPORT_MAX_QUESTIONS, `A deck file holds at most ${IMPORT_MAX_QUESTIONS} questions`),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.questions.forEach((q, i) => {
      if (q.id === undefined) return;
      const first = seen.get(q.id);
      if (first === undefined) seen.set(q.id, i);
      else {
        const message = `id "${q.id}" is also used by question ${first + 1}`;
        ctx.addIssue({ code: "custom", path: ["questions", i, "id"], message });
      }
    });
  });

export type DeckInfo = z.infer<typeof deckInfoSchema>;
export type DeckFileQuestion = z.infer<typeof deckFileQuestionSchema>;
export type DeckFile = z.infer<typeof deckFileSchema>;
export type ExportableDeck = DeckInfo & { questions: (QuestionInput & { id?: string })[] };

/** Writes a deck file (pretty-printed, one field per line, so errors can point at a line). */
export function exportDeckJson(deck: ExportableDeck): string {
  const file = {
    format: DECK_FILE_FORMAT,
    version: DECK_FILE_VERSION,
    deck: { title: deck.title, description: deck.description, chapter: deck.chapter },
    questions: deck.questions.map(({ id, type, section, prompt, explanation, payload, tags, quizOnly }) => ({
      id,
      type,
      section,
      prompt,
      explanation,
      payload,
      // Written only when set, so a file of untagged questions reads as before.
      ...(tags?.length ? { tags } : {}),
      ...(quizOnly ? { quizOnly } : {}),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads a deck file; throws DeckImportError listing every problem with its line. */
export function parseDeckJson(text: string): { deck: DeckInfo; questions: DeckFileQuestion[] } {
  let located;
  try {
    located = parseJsonLocated(text);
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    throw new DeckImportError([{ line: lineOfOffset(text, err.offset), message: `Not valid JSON: ${err.message}` }]);
  }
  const { value, locate } = located;
  const lineOf = (path: readonly PropertyKey[]) => lineOfOffset(text, locate(path));

  // Checked first: a file from another tool, or from a newer Layerwise, gets one clear message.
  if (!isRecord(value) || value.format !== DECK_FILE_FORMAT) {
    const message = `Not a Layerwise deck file: "format" must be "${DECK_FILE_FORMAT}"`;
    throw new DeckImportError([{ line: lineOf(["format"]), message }]);
  }
  if (value.version !== DECK_FILE_VERSION) {
    const message =
      typeof value.version === "number"
        ? `Unsupported deck file version ${value.version}: this Layerwise reads version ${DECK_FILE_VERSION}`
        : `"version" must be the number ${DECK_FILE_VERSION}`;
    throw new DeckImportError([{ line: lineOf(["version"]), message }]);
  }

  const parsed = deckFileSchema.safeParse(value);
  if (!parsed.success) {
    const questions = Array.isArray(value.questions) ? value.questions : [];
    throw new DeckImportError(
      parsed.error.issues.map((issue): ImportError => {
        const [root, index, ...rest] = issue.path;
        let where = describePath(issue.path);
        if (root === "questions" && typeof index === "number") {
          const raw: unknown = questions[index];
          const id = isRecord(raw) && typeof raw.id === "string" ? ` (${raw.id})` : "";
          where = [`question ${index + 1}${id}`, describePath(rest)].filter(Boolean).join(" › ");
        }
        const at = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path;
        return { line: lineOf(at), message: where ? `${where}: ${issue.message}` : issue.message };
      }),
    );
  }
  return { deck: parsed.data.deck, questions: parsed.data.questions };
}
