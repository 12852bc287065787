/**
 * The one rule for text that may reach the database. Postgres refuses U+0000 in text and
 * jsonb, and a lone UTF-16 surrogate cannot be stored as UTF-8 (jsonb refuses its escape), so
 * either would surface as a 500 deep in a query. Every boundary (API handler, pages, the
 * sign-in route, import files) checks here first and answers 400 naming the field instead.
 * Pure: no server imports.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Deeper JSON than this is refused: no field of ours nests past a handful of levels, and recursive code (ours, zod, Postgres' jsonb) must never meet 100,000 levels. */
export const MAX_JSON_DEPTH = 32;

/** Why `s` cannot be stored as text, or null when it can. */
export function textProblem(s: string): string | null {
  if (s.includes("\u0000")) return "must not contain the NUL character (U+0000)";
  if (LONE_SURROGATE.test(s)) return "must be valid Unicode text (it holds a lone surrogate)";
  return null;
}

export interface InputProblem {
  /** Dotted path of the field ("payload.options.0.text"), "_" for the value itself. */
  field: string;
  message: string;
}

/**
 * The first string or key in a JSON-like value that cannot be stored, or a nesting deeper
 * than `maxDepth`. Iterative, so a hostile nesting cannot overflow the stack here.
 */
export function findInputProblem(value: unknown, prefix?: string, maxDepth = MAX_JSON_DEPTH): InputProblem | null {
  const stack: { value: unknown; path: string[]; depth: number }[] = [
    { value, path: prefix ? [prefix] : [], depth: 0 },
  ];
  const name = (path: string[]) => path.join(".") || "_";
  while (stack.length) {
    const { value: v, path, depth } = stack.pop()!;
    if (typeof v === "string") {
      const problem = textProblem(v);
      if (problem) return { field: name(path), message: `Text ${problem}` };
      continue;
    }
    if (typeof v !== "object" || v === null) continue;
    if (depth >= maxDepth) return { field: name(path), message: `Nested more than ${maxDepth} levels deep` };
    for (const [key, child] of Object.entries(v)) {
      const problem = textProblem(key);
      if (problem) return { field: name(path), message: `A field name ${problem}` };
      stack.push({ value: child, path: [...path, key], depth: depth + 1 });
    }
  }
  return null;
}
