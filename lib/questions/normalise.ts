const QUOTES = "`'\"“”‘’«»";
const ARTICLE = /^(?:the|a|an)\s+/i;

/**
 * Canonical form of a typed answer for comparison: NFKC, trimmed, inner whitespace folded to
 * one space, surrounding backticks/quotes and one trailing period stripped (repeatedly, so
 * "`dockerd`." works), a leading "the "/"a "/"an " dropped, lower-cased unless caseSensitive.
 */
export function normaliseText(s: string, caseSensitive = false): string {
  let out = s.normalize("NFKC").replace(/\s+/g, " ").trim();
  for (let prev = ""; prev !== out; ) {
    prev = out;
    if (out.endsWith(".")) out = out.slice(0, -1).trimEnd();
    if (out.length >= 2 && QUOTES.includes(out[0]) && QUOTES.includes(out[out.length - 1])) out = out.slice(1, -1).trim();
    out = out.replace(ARTICLE, "");
  }
  return caseSensitive ? out : out.toLowerCase();
}

/** True when the typed text matches any accepted answer after normalising both sides. */
export function matchesAccepted(text: string, accepted: readonly string[], caseSensitive = false): boolean {
  const given = normaliseText(text, caseSensitive);
  return given !== "" && accepted.some((a) => normaliseText(a, caseSensitive) === given);
}
