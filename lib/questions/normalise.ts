const QUOTES = "`'\"“”‘’«»";
const ARTICLE = /^(?:the|a|an)\s+/i;

/**
 * Canonical form of a typed answer for comparison: NFKC, trimmed, inner whitespace folded to
 * one space, surrounding backticks/quotes and one trailing period stripped (repeatedly, so
 * "`dockerd`." works), a leading "the "/"a "/"an " dropped, lower-cased unless caseSensitive.
 */
export function normaliseText(s: string, caseSensitive = false): string {
  let out = s.normalize("NFKC").replace(/\s+/g, " ").trim();
  for (let prev = ""; prev !== out;) {
    prev = out;
    if (out.endsWith(".")) out = out.slice(0, -1).trimEnd();
    if (out.length >= 2 && QUOTES.includes(out[0]) && QUOTES.includes(out[out.length - 1]))
      out = out.slice(1, -1).trim();
    out = out.replace(ARTICLE, "");
  }
  return caseSensitive ? out : out.toLowerCase();
}

/**
 * A placeholder in an accepted answer, written `<name>` (letters, digits, `-`, `_`): it stands
 * for any one word the learner types there, so `docker image inspect <image>` accepts
 * `docker image inspect ubuntu:24.04`. Text with no placeholder compares exactly.
 */
const PLACEHOLDER = /<[a-z][a-z0-9_-]*>/gi;

function acceptedPattern(normalisedAccepted: string, caseSensitive: boolean): RegExp | null {
  const parts = normalisedAccepted.split(PLACEHOLDER);
  if (parts.length === 1) return null;
  const escaped = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join("\\S+")}$`, caseSensitive ? "u" : "iu");
}

/** True when the typed text matches any accepted answer after normalising both sides. */
export function matchesAccepted(text: string, accepted: readonly string[], caseSensitive = false): boolean {
  const given = normaliseText(text, caseSensitive);
  if (given === "") return false;
  return accepted.some((a) => {
    const want = normaliseText(a, caseSensitive);
    if (want === given) return true;
    const pattern = acceptedPattern(want, caseSensitive);
    return pattern !== null && pattern.test(given);
  });
}
