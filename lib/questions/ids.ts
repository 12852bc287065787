/**
 * Ids of options, items and matching sides are derived from their text (FNV-1a, two
 * seeds), so they are stable across edits of other options, identical on server and
 * client, and say nothing about which option is right. Texts are unique per question
 * (the payload schemas enforce it), so ids are too.
 */
function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export function textId(prefix: "o" | "i" | "l" | "r", text: string): string {
  const norm = text.trim();
  return `${prefix}${fnv1a(norm, 0x811c9dc5)}${fnv1a(norm, 0x2f6fdb01).slice(0, 4)}`;
}
