/**
 * Moodle GIFT → Layerwise questions. Pure: no DB, no server imports.
 *
 * Follows Moodle's own importer (question/format/gift/format.php): questions are separated by
 * blank lines; `//` lines are comments; `::Title::`; `[markdown]`/`[html]`/`[plain]`/`[moodle]`
 * markers on the question text and on any answer or feedback; `$CATEGORY: path`; escapes
 * `\~ \= \# \{ \} \: \\` and `\n` (newline). A backslash before any other character is kept.
 *
 * Mapping onto our nine types:
 * - `{=right ~wrong ~wrong}` → single; `#text` after an answer → that option's feedback.
 *   A `~%50%` answer in a question that also has `=` counts as wrong (single has no partial credit).
 * - `{~%50%a ~%50%b ~%-100%c}` (no `=`) → multiple; options with a positive weight are correct.
 * - `{T}` `{TRUE}` `{F}` `{FALSE}` → truefalse. `{T#wrong#right}`: Moodle shows the first text to
 *   a learner who answers wrongly and the second to one who answers rightly; like Moodle's
 *   feedbacktrue, our feedbackTrue is what whoever answers True sees, so for {T} it is the second
 *   text and feedbackFalse the first; for {F} the other way round. Empty feedback means none.
 * - `{=a =b =%50%c}` (only `=`) → short with accepted [a, b]: only 100% answers are kept
 *   (error if none); per-answer feedback is dropped.
 * - `{#5:0.1}` → numeric value/tolerance; `{#1..3}` → min/max; `{#=5:0 =%50%6:1}` → the one 100%
 *   answer (error if none or several); answer feedback and `~#…` wrong-answer feedback are dropped.
 * - `{=a -> 1 =b -> 2 = -> 3}` → matching; a pair with an empty left side is a distractor.
 * - Missing word (text after the `}`): a choice or short-answer block becomes a one-blank cloze
 *   that accepts only the right answer(s). The cloze text is the paragraph holding the blank (and
 *   what follows it); earlier paragraphs are the prompt, or "Fill in the blank." if there are none.
 *   Other types keep their type, with `_____` in the prompt where the block was (as Moodle does).
 * - `{}` essay → flashcard (the nearest of our types: free recall, no machine-checkable key); the
 *   general feedback `####…` becomes the back (and the explanation). An essay without it, which
 *   Moodle accepts, imports with NEEDS_ANSWER_BACK as its back, so the card says it needs an
 *   answer. Elsewhere `####…` is the explanation.
 * - HTML text is turned into plain text (tags stripped conservatively, entities decoded); other
 *   formats are kept as they are, since we store Markdown.
 * - Description-only items (no `{…}`) are an error: Layerwise has no description type.
 * - `// layerwise: {…}` on the line above a question carries what GIFT cannot: id, section, and,
 *   where the Moodle-readable form is only an approximation, the exact type/prompt/explanation/
 *   payload, which then win over the GIFT text (see export.ts). Without it, the section comes
 *   from `options.defaultSection`.
 *
 * All or nothing: any problem anywhere throws a GiftError listing every problem with its line.
 */
import { DeckImportError, type ImportError } from "@/lib/decks/import-errors";
import { splitBlocks } from "./blocks";
import { parseBlock, type GiftParseOptions, type ImportedQuestion } from "./question";

export { DeckImportError as GiftError } from "@/lib/decks/import-errors";
export { DEFAULT_CLOZE_PROMPT, NEEDS_ANSWER_BACK, type GiftParseOptions, type ImportedQuestion } from "./question";

/** Parses a GIFT file; throws GiftError (a DeckImportError) listing every problem if any. */
export function parseGift(text: string, options: GiftParseOptions = {}): { questions: ImportedQuestion[] } {
  const { blocks, errors } = splitBlocks(text);
  const questions: ImportedQuestion[] = [];
  const idLines = new Map<string, number>();
  for (const block of blocks) {
    const result = parseBlock(block, options);
    if ("errors" in result) {
      errors.push(...result.errors);
      continue;
    }
    const { id } = result.question;
    if (id !== undefined) {
      const seen = idLines.get(id);
      const line = block.meta?.line ?? block.firstLine;
      if (seen !== undefined)
        errors.push({ line, message: `id "${id}" is already used by the question on line ${seen}` });
      else idLines.set(id, line);
    }
    questions.push(result.question);
  }
  if (errors.length === 0 && questions.length === 0) {
    errors.push(noQuestions());
  }
  if (errors.length > 0) throw new DeckImportError(errors);
  return { questions };
}

function noQuestions(): ImportError {
  return {
    line: 1,
    message: "No questions found: write each question with its answers in {…}, separated by blank lines",
  };
}
