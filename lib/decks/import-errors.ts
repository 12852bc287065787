/** One problem in an imported file: the 1-based line it starts on and what to do about it. */
export type ImportError = { line: number; message: string };

/**
 * Thrown by the deck parsers (GIFT and JSON) when a file has any problem. Imports are
 * all-or-nothing, so `errors` lists every problem found, sorted by line.
 */
export class DeckImportError extends Error {
  readonly errors: ImportError[];

  constructor(errors: ImportError[]) {
    const sorted = [...errors].sort((a, b) => a.line - b.line);
    const shown = sorted.slice(0, 5).map((e) => `line ${e.line}: ${e.message}`);
    if (sorted.length > 5) shown.push(`… and ${sorted.length - 5} more`);
    super(`The file has ${sorted.length} problem${sorted.length === 1 ? "" : "s"}: ${shown.join("; ")}`);
    this.name = "DeckImportError";
    this.errors = sorted;
  }
}

const SINGULAR: Record<string, string> = {
  questions: "question",
  options: "option",
  pairs: "pair",
  distractors: "distractor",
  items: "item",
  blanks: "blank",
  accepted: "accepted answer",
};

/**
 * A zod issue path as words a person can follow: ["payload","blanks",1,"accepted",0] →
 * "blank 2 › accepted answer 1". Positions are 1-based, "payload" is implied.
 */
export function describePath(path: readonly PropertyKey[]): string {
  const words: string[] = [];
  path.forEach((seg, i) => {
    if (typeof seg === "number") return;
    const next = path[i + 1];
    const key = String(seg);
    if (key === "payload" && i === 0) return;
    words.push(typeof next === "number" ? `${SINGULAR[key] ?? key} ${next + 1}` : key);
  });
  return words.join(" › ");
}
