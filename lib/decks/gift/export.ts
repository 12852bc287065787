/**
 * Layerwise questions → Moodle GIFT, written so that parseGift(exportGift(deck)) gives back
 * exactly the same questions.
 *
 * Every question is written in the most faithful form Moodle understands (all our texts are
 * Markdown, so each question starts with `[markdown]`; the explanation is the general feedback
 * `####…`), preceded by a Layerwise metadata comment that Moodle skips like any `//` line:
 *
 *     // layerwise: {"id":"lc-tool-roles","section":"4.1"}
 *     ::Title::[markdown]Match each name to its role.{
 *     	=LXC -> Linux-specific runtime
 *     	= -> A distractor
 *     	####Explanation
 *     }
 *
 * Where GIFT has no exact form, the Moodle text is an approximation and the comment also carries
 * the exact `type`/`payload` (and `prompt`/`explanation` when those differ), which win on import:
 * - ordering → a matching question pairing positions 1, 2, 3… with the items;
 * - cloze with several blanks → a missing-word question for blank 1, later blanks shown as `_____`;
 *   a blank at the very end of the text reads as a short answer;
 * - flashcard → an essay whose general feedback is the back (the explanation goes in the comment);
 * - anything else Moodle cannot say: numeric units, caseSensitive, empty feedback, texts that would
 *   read as GIFT syntax (`%50%` at the start of an answer, `->` in a short answer…).
 * The exporter checks each question by parsing it back, so these cases are found, not listed by hand.
 * Edit an approximated question in Layerwise, not in the GIFT text: the comment overrides the text.
 */
import { moduleFor } from "@/lib/questions/registry";
import { questionInputSchema, type QuestionInput } from "@/lib/questions/schemas";
import { META_PREFIX, splitBlocks } from "./blocks";
import { parseBlock, type ImportedQuestion } from "./question";
import { escapeGift } from "./text";
import { createHash } from "node:crypto";

export type ExportableQuestion = QuestionInput & { id?: string; title?: string };
export type GiftDeck = { title?: string; questions: ExportableQuestion[] };

type Meta = { id?: string; section?: string; order?: number[] } & Partial<
  Pick<QuestionInput, "type" | "prompt" | "explanation" | "payload">
>;

/** Writes a deck as GIFT; the deck title becomes the `$CATEGORY`. Throws a ZodError on an invalid question. */
export function exportGift(deck: GiftDeck): string {
  const out = ["// Exported from Layerwise. Lines starting with // layerwise: hold data GIFT has no place for.", ""];
  const category = deck.title?.replace(/\s+/g, " ").trim();
  if (category) out.push(`$CATEGORY: ${category.replaceAll("/", "//")}`, "");
  for (const question of deck.questions) out.push(...exportQuestion(question), "");
  return out.join("\n");
}

/** -0 means nothing in an answer key, and JSON (the layerwise comment) writes it as 0. */
function withoutNegativeZero(q: QuestionInput): QuestionInput {
  if (!Object.values(q.payload).some((v) => Object.is(v, -0))) return q;
  const payload = Object.fromEntries(Object.entries(q.payload).map(([k, v]) => [k, Object.is(v, -0) ? 0 : v]));
  return { ...q, payload } as QuestionInput;
}

function exportQuestion(input: ExportableQuestion): string[] {
  const { type, section, prompt, explanation, payload } = input;
  const q = withoutNegativeZero(questionInputSchema.parse({ type, section, prompt, explanation, payload }));
  const id = input.id?.trim() || undefined;
  // Options are written shuffled, so an exported deck's key is never "always the first";
  // the layerwise comment records the authored order so Layerwise reads it back exactly.
  const order = writtenOrder(q, id ?? q.prompt);
  const body = approximate(order ? withOptionsIn(q, order) : q, input.title?.trim());
  const meta: Meta = {
    ...(id === undefined ? {} : { id }),
    ...(q.section === undefined ? {} : { section: q.section }),
    ...(order ? { order } : {}),
  };
  const back = reparse(meta, body);
  if (!back || back.type !== q.type || !sameJson(back.payload, q.payload)) {
    Object.assign(meta, { type: q.type, payload: q.payload });
  }
  if (!back || back.prompt !== q.prompt) meta.prompt = q.prompt;
  if (!back || back.explanation !== q.explanation) meta.explanation = q.explanation;
  const check = reparse(meta, body);
  if (!check || !sameJson({ ...check, title: undefined }, { ...q, id })) {
    throw new Error(
      `exportGift: question ${id ?? JSON.stringify(q.prompt.slice(0, 40))} would not survive a round trip`,
    );
  }
  return [`${META_PREFIX} ${JSON.stringify(meta)}`, ...body];
}

/** The options of a type that has them (single, multiple): GIFT writes them shuffled. */
function optionsOf(q: QuestionInput): unknown[] | undefined {
  const options = (q.payload as { options?: unknown }).options;
  return Array.isArray(options) ? options : undefined;
}

/**
 * For choice questions, the authored position of each option in the written order: a
 * Fisher–Yates shuffle seeded by the question (so an export is reproducible), or undefined
 * when the shuffle happens to keep the authored order or the type has no options.
 */
function writtenOrder(q: QuestionInput, seed: string): number[] | undefined {
  const options = optionsOf(q);
  if (!options) return undefined;
  const digest = createHash("sha256").update(seed).digest();
  const order = options.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = digest.readUInt16BE((2 * i) % (digest.length - 1)) % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.every((v, i) => v === i) ? undefined : order;
}

function withOptionsIn(q: QuestionInput, order: number[]): QuestionInput {
  const options = optionsOf(q);
  if (!options) return q;
  return { ...q, payload: { ...q.payload, options: order.map((i) => options[i]) } } as QuestionInput;
}

/** Parses the lines back exactly as parseGift would. */
function reparse(meta: Meta, body: string[]): ImportedQuestion | null {
  const { blocks, errors } = splitBlocks([`${META_PREFIX} ${JSON.stringify(meta)}`, ...body].join("\n"));
  if (errors.length > 0 || blocks.length !== 1) return null;
  const result = parseBlock(blocks[0], {});
  return "question" in result ? result.question : null;
}

/** Deep equality of JSON-like values; a key holding undefined counts as absent. */
function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = (r: Record<string, unknown>) => Object.keys(r).filter((k) => r[k] !== undefined);
  return keys(ra).length === keys(rb).length && keys(ra).every((k) => sameJson(ra[k], rb[k]));
}

/** The question in the closest form Moodle's GIFT importer understands, written by its type's module. */
function approximate(q: QuestionInput, title: string | undefined): string[] {
  const head = `${title ? `::${escapeGift(title)}::` : ""}[markdown]${escapeGift(q.prompt)}`;
  // No general feedback at all when there is no explanation (an empty #### means nothing to Moodle).
  const general = q.explanation ? `####${escapeGift(q.explanation)}` : "";
  const block = (answers: string[]) => [
    `${head}{`,
    ...answers.map((a) => `\t${a}`),
    ...(general ? [`\t${general}`] : []),
    "}",
  ];
  return moduleFor(q.type).gift.write(q, { head, general, block });
}
