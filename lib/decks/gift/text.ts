/**
 * Character-level GIFT helpers. Parsing works on the raw (still escaped) text so that `\~`
 * never counts as a separator; every scan steps over `\x` pairs, and text is unescaped
 * only once a piece has been cut out.
 */

export type GiftFormat = "markdown" | "html" | "plain" | "moodle";

const ESCAPABLE = new Set(["~", "=", "#", "{", "}", ":"]);

/** Escapes text for GIFT: backslash, `~ = # { } :` and newlines (as `\n`), like Moodle's exporter. */
export function escapeGift(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ESCAPABLE.has(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

/**
 * Undoes GIFT escapes. `\\` is one backslash (as in Moodle, whose exporter writes `\\`);
 * a backslash before any other character is kept, so Markdown escapes like `\*` survive.
 */
export function unescapeGift(raw: string): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    const next = raw.at(i + 1);
    if (ch !== "\\" || next === undefined) {
      out += ch;
    } else if (next === "\\" || ESCAPABLE.has(next)) {
      out += next;
      i++;
    } else if (next === "n") {
      out += "\n";
      i++;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Index of the first unescaped `needle` at or after `from`, or -1. */
export function findUnescaped(raw: string, needle: string, from = 0): number {
  for (let i = from; i < raw.length; i++) {
    if (raw[i] === "\\") i++;
    else if (raw.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Index of the last unescaped `needle` (like PHP's strrpos on Moodle's placeholder text), or -1. */
export function findLastUnescaped(raw: string, needle: string): number {
  let last = -1;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === "\\") i++;
    else if (raw.startsWith(needle, i)) last = i;
  }
  return last;
}

/** Splits at every unescaped `sep`; pieces keep their offsets in `raw`. */
export function splitUnescaped(raw: string, sep: string): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let start = 0;
  for (let at = findUnescaped(raw, sep); at !== -1; at = findUnescaped(raw, sep, at + sep.length)) {
    pieces.push({ text: raw.slice(start, at), offset: start });
    start = at + sep.length;
  }
  pieces.push({ text: raw.slice(start), offset: start });
  return pieces;
}

export type Marked = { marker: string; body: string; offset: number };

/**
 * Cuts an answer list at unescaped marker characters (`~` and `=`, or just `=`). `lead` is
 * whatever came before the first marker, which should be blank.
 */
export function splitAnswers(raw: string, markers: string): { lead: string; answers: Marked[] } {
  const answers: Marked[] = [];
  let lead = "";
  let current: Marked | null = null;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== "\\" && markers.includes(ch)) {
      current = { marker: ch, body: "", offset: i };
      answers.push(current);
      continue;
    }
    const piece = ch === "\\" ? raw.slice(i, i + 2) : ch;
    if (ch === "\\") i++;
    if (current) current.body += piece;
    else lead += piece;
  }
  return { lead, answers };
}

const FORMAT_MARKER = /^\s*\[(markdown|html|plain|moodle)\]/;

/** Strips a leading `[markdown]`-style marker; text without one keeps `fallback`. */
export function takeFormat(raw: string, fallback: GiftFormat): { format: GiftFormat; raw: string } {
  const m = FORMAT_MARKER.exec(raw);
  return m ? { format: m[1] as GiftFormat, raw: raw.slice(m[0].length) } : { format: fallback, raw };
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", amp: "&" };

/**
 * HTML → plain text, conservatively: only things shaped like tags are removed (`a < b` stays),
 * line-breaking tags become newlines, and the common entities are decoded.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|h[1-6]|tr)>/gi, "\n\n")
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\n{3,}/g, "\n\n");
}

/** Unescapes a raw piece and converts it to the Markdown we store (only HTML needs work). */
export function toStored(raw: string, format: GiftFormat): string {
  const text = unescapeGift(raw);
  return format === "html" ? htmlToText(text) : text;
}

/** A text field: its own `[format]` marker (if any) wins over the question's format; trimmed. */
export function readText(raw: string, questionFormat: GiftFormat): string {
  const { format, raw: rest } = takeFormat(raw, questionFormat);
  return toStored(rest, format).trim();
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A GIFT number (what PHP's is_numeric accepts, minus hex and whitespace), or null. */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (!NUMBER.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** 1-based line of an offset in a block whose first line is `firstLine`. */
export function lineAt(text: string, offset: number, firstLine: number): number {
  let line = firstLine;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}
