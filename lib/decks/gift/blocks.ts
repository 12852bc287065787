import type { ImportError } from "@/lib/decks/import-errors";

/** The comment prefix that carries Layerwise metadata; Moodle skips it like any `//` line. */
export const META_PREFIX = "// layerwise:";
const META = /^\/\/\s*layerwise:/;

/** One question's lines: blank lines separate questions, `//` lines are dropped. */
export type GiftBlock = {
  /** Non-comment lines joined with "\n". */
  text: string;
  /** 1-based line of the first non-comment line. */
  firstLine: number;
  /** JSON after `// layerwise:`, if the block has such a comment. */
  meta?: { json: string; line: number };
  /** The `$CATEGORY:` in force for this question. */
  category?: string;
};

type Pending = { lines: string[]; firstLine: number; meta?: { json: string; line: number } };

/**
 * Splits a GIFT file into question blocks. `$CATEGORY: path` lines set the category for the
 * questions that follow (Moodle wants them in a block of their own; we also accept them on
 * the line before a question).
 */
export function splitBlocks(source: string): { blocks: GiftBlock[]; errors: ImportError[] } {
  const blocks: GiftBlock[] = [];
  const errors: ImportError[] = [];
  let category: string | undefined;
  let pending: Pending = { lines: [], firstLine: 0 };

  const flush = () => {
    if (pending.lines.length > 0) {
      blocks.push({ text: pending.lines.join("\n"), firstLine: pending.firstLine, meta: pending.meta, category });
    } else if (pending.meta) {
      errors.push({
        line: pending.meta.line,
        message: "This layerwise comment is not followed by a question; put it on the line right above the question",
      });
    }
    pending = { lines: [], firstLine: 0 };
  };

  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    const trimmed = line.trim();
    if (trimmed === "") {
      flush();
      return;
    }
    if (trimmed.startsWith("//")) {
      const meta = META.exec(trimmed);
      if (!meta) return;
      if (pending.meta || pending.lines.length > 0) {
        errors.push({
          line: lineNo,
          message: "A layerwise comment must be the only one for its question and come before the question text",
        });
        return;
      }
      pending.meta = { json: trimmed.slice(meta[0].length).trim(), line: lineNo };
      return;
    }
    if (pending.lines.length === 0 && /^\$CATEGORY:/.test(trimmed)) {
      category = trimmed.slice("$CATEGORY:".length).trim() || undefined;
      return;
    }
    if (pending.lines.length === 0) pending.firstLine = lineNo;
    pending.lines.push(line);
  });
  flush();
  return { blocks, errors };
}
