import { z } from "zod";
import { QUESTION_TYPES, questionInputSchema, type QuestionInput } from "@/lib/questions/schemas";
import { describePath, type ImportError } from "@/lib/decks/import-errors";
import { buildAnswers, classify, type Built, type BuildContext } from "./answers";
import type { GiftBlock } from "./blocks";
import {
  findLastUnescaped,
  findUnescaped,
  lineAt,
  readText,
  takeFormat,
  toStored,
  unescapeGift,
  type GiftFormat,
} from "./text";

/** A parsed question: what the app stores, plus what the file said about it. */
export type ImportedQuestion = QuestionInput & { id?: string; title?: string; category?: string };

export type GiftParseOptions = {
  /** Section for questions without a `// layerwise:` section (plain Moodle files have none). */
  defaultSection?: string;
};

/** Prompt of a missing-word question whose text has no paragraph before the blank's. */
export const DEFAULT_CLOZE_PROMPT = "Fill in the blank.";

/**
 * Back of a flashcard made from a Moodle essay without general feedback. Moodle grades essays by
 * hand, so such a file carries no answer at all; the card imports (Moodle accepts it) and says
 * plainly, to the instructor in the editor and to anyone who studies it, that it needs one.
 */
export const NEEDS_ANSWER_BACK =
  "Needs an answer: this card was a Moodle essay question with no general feedback. Edit the card and write the answer here.";

const metaSchema = z
  .object({
    id: z.string().trim().min(1, "id must not be empty").max(100, "id must be at most 100 characters").optional(),
    section: z.string().optional(),
    type: z.enum(QUESTION_TYPES, { error: `type must be one of: ${QUESTION_TYPES.join(", ")}` }).optional(),
    prompt: z.string().optional(),
    explanation: z.string().optional(),
    payload: z.record(z.string(), z.unknown()).optional(),
    // The authored position of each option as written (exports write options shuffled).
    order: z.array(z.number().int().nonnegative()).max(10).optional(),
  })
  .strict();
type Meta = z.infer<typeof metaSchema>;

function readMeta(block: GiftBlock, errors: ImportError[]): Meta {
  if (!block.meta) return {};
  const line = block.meta.line;
  let json: unknown;
  try {
    json = JSON.parse(block.meta.json);
  } catch (err) {
    errors.push({ line, message: `The layerwise comment is not valid JSON (${(err as Error).message})` });
    return {};
  }
  const parsed = metaSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const where = describePath(issue.path);
    errors.push({ line, message: `In the layerwise comment: ${where ? `${where}: ` : ""}${issue.message}` });
  }
  return {};
}

/**
 * Puts written options back in their authored order: `order[i]` is the authored position of
 * the i-th written option. Anything but an exact permutation of the options is ignored.
 */
function restoreOrder(payload: Record<string, unknown> | undefined, order: number[] | undefined) {
  const options = payload?.options;
  if (!order || !Array.isArray(options) || order.length !== options.length) return payload;
  if (new Set(order).size !== order.length || order.some((i) => i >= order.length)) return payload;
  const written: unknown[] = options;
  const authored: unknown[] = [];
  order.forEach((to, from) => (authored[to] = written[from]));
  return { ...payload, options: authored };
}

/** The text before a missing word's paragraph is the prompt; that paragraph onwards is the cloze text. */
function splitClozePrompt(before: string): { prompt: string; text: string } {
  const last = [...before.matchAll(/\n[ \t]*\n\s*/g)].at(-1);
  const prompt = last ? before.slice(0, last.index).trim() : "";
  if (!last || prompt === "") return { prompt: DEFAULT_CLOZE_PROMPT, text: before };
  return { prompt, text: before.slice(last.index + last[0].length) };
}

type Located = { open: number; close: number } | { error: ImportError };

function locateAnswerBlock(text: string, from: number, at: (offset: number) => number, firstLine: number): Located {
  const open = findUnescaped(text, "{", from);
  const stray = findUnescaped(text, "}", from);
  if (stray !== -1 && (open === -1 || stray < open)) {
    return { error: { line: at(stray), message: "This } has no matching {: write \\} for a literal brace" } };
  }
  if (open === -1) {
    const message = "No answer block: add {…} with the answers (Layerwise has no description-only items)";
    return { error: { line: firstLine, message } };
  }
  const close = findUnescaped(text, "}", open + 1);
  const nested = findUnescaped(text, "{", open + 1);
  if (close === -1 || (nested !== -1 && nested < close)) {
    const message = "This { is never closed: add } after the answers (or write \\{ for a literal brace)";
    return { error: { line: at(open), message } };
  }
  const extra = findUnescaped(text, "{", close + 1);
  const extraClose = findUnescaped(text, "}", close + 1);
  const next = extra === -1 ? extraClose : extraClose === -1 ? extra : Math.min(extra, extraClose);
  if (next !== -1) {
    const message =
      "Only one answer block per question: separate questions with a blank line, or write \\{ and \\} for literal braces";
    return { error: { line: at(next), message } };
  }
  return { open, close };
}

type Answers = { kind: ReturnType<typeof classify>; built: Built | null; prompt: string; errors: ImportError[] };

/** Reads the `{…}` block and the text around it into a payload and a prompt. */
function readAnswers(
  raw: { before: string; inner: string; after: string; innerOffset: number },
  format: GiftFormat,
  general: string | undefined,
  at: (offset: number) => number,
): Answers {
  const errors: ImportError[] = [];
  const ctx: BuildContext = { format, line: (o) => at(raw.innerOffset + o), errors };
  const kind = classify(raw.inner);
  let built: Built | null = null;
  if (kind === null) {
    errors.push({
      line: at(raw.innerOffset),
      message:
        "Can't tell the question type from the answer block: mark right answers with =, wrong ones with ~, " +
        "or write T/F, #number or left -> right pairs",
    });
  } else if (kind === "essay") {
    built = { type: "flashcard", payload: { back: general ?? NEEDS_ANSWER_BACK } };
  } else {
    built = buildAnswers(kind, raw.inner, ctx);
  }

  const before = toStored(raw.before, format);
  const after = toStored(raw.after, format);
  const missingWord = after.trim() !== "";
  if (!built || !missingWord || (kind !== "choice" && kind !== "short")) {
    return { kind, built, errors, prompt: (missingWord ? `${before}_____${after}` : before).trim() };
  }
  // A missing word becomes a one-blank cloze that accepts only the right answer(s).
  const split = splitClozePrompt(before);
  const payload = { text: `${split.text}[[1]]${after}`.trim(), blanks: [{ accepted: built.accepted ?? [] }] };
  return { kind, built: { type: "cloze", payload }, errors, prompt: split.prompt };
}

/** Schema problems, each on the line of the answer at fault where we know it. */
function schemaErrors(issues: z.core.$ZodIssue[], meta: Meta, block: GiftBlock, built: Built | null): ImportError[] {
  return issues.map((issue) => {
    const [field, list, index] = issue.path;
    const metaField = typeof field === "string" && field in meta;
    const itemLine =
      field === "payload" && !metaField && typeof list === "string" && typeof index === "number"
        ? built?.itemLines?.[list]?.[index]
        : undefined;
    const where = describePath(issue.path);
    return {
      line: itemLine ?? (metaField && block.meta ? block.meta.line : block.firstLine),
      message: where ? `${where}: ${issue.message}` : issue.message,
    };
  });
}

/** Parses one question block; every problem is reported with the line it is on. */
export function parseBlock(
  block: GiftBlock,
  options: GiftParseOptions,
): { question: ImportedQuestion } | { errors: ImportError[] } {
  const errors: ImportError[] = [];
  const { text, firstLine } = block;
  const at = (offset: number) => lineAt(text, offset, firstLine);
  const meta = readMeta(block, errors);

  let title: string | undefined;
  let start = text.length - text.trimStart().length;
  if (text.startsWith("::", start)) {
    const end = findUnescaped(text, "::", start + 2);
    if (end === -1) {
      const message = "The title has no closing :: (write ::Title:: before the question text)";
      return { errors: [...errors, { line: at(start), message }] };
    }
    title = unescapeGift(text.slice(start + 2, end)).trim() || undefined;
    start = end + 2;
  }

  const located = locateAnswerBlock(text, start, at, firstLine);
  if ("error" in located) return { errors: [...errors, located.error] };
  const { open, close } = located;
  const { format, raw: before } = takeFormat(text.slice(start, open), "moodle");
  const inner = text.slice(open + 1, close);
  const gfAt = findLastUnescaped(inner, "####");
  const general = gfAt === -1 ? undefined : readText(inner.slice(gfAt + 4), format) || undefined;
  const answers = readAnswers(
    { before, inner: gfAt === -1 ? inner : inner.slice(0, gfAt), after: text.slice(close + 1), innerOffset: open + 1 },
    format,
    general,
    at,
  );

  // Exact type and payload in the layerwise comment win over the Moodle approximation.
  if (meta.type === undefined || meta.payload === undefined) errors.push(...answers.errors);
  const section = meta.section ?? options.defaultSection;
  const type = meta.type ?? answers.built?.type;
  const payload = meta.payload ?? restoreOrder(answers.built?.payload, meta.order);
  if (errors.length > 0) return { errors };
  if (!type || !payload) return { errors: [{ line: at(open), message: "Can't read the answers of this question" }] };

  const parsed = questionInputSchema.safeParse({
    type,
    section,
    prompt: meta.prompt ?? answers.prompt,
    explanation: meta.explanation ?? general ?? "",
    payload,
  });
  if (!parsed.success) return { errors: schemaErrors(parsed.error.issues, meta, block, answers.built) };
  const question: ImportedQuestion = {
    ...(meta.id === undefined ? {} : { id: meta.id }),
    ...(title === undefined ? {} : { title }),
    ...(block.category === undefined ? {} : { category: block.category }),
    ...parsed.data,
  };
  return { question };
}
