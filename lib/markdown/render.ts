import "server-only";
import { markdownToHtml } from "./pipeline";
import type { MarkdownHtml } from "./schemas";

/** A Markdown string and how it is shown: inline (no paragraphs) or as a block. */
export type MarkdownRef = readonly [text: string, inline: boolean];

// Question texts repeat across learners and requests, so their HTML is kept, up to this many
// characters of Markdown + HTML (a Map in insertion order, refreshed on use: least recently used goes first).
const MAX_CHARS = 16_000_000;
const cache = new Map<string, string>();
let cachedChars = 0;

/** Sanitized HTML of one Markdown string, from the cache when it was rendered before. */
export function renderMarkdown(text: string, inline: boolean): string {
  const key = (inline ? "i" : "b") + text;
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const html = markdownToHtml(text, inline);
  cache.set(key, html);
  cachedChars += key.length + html.length;
  for (const [k, v] of cache) {
    if (cachedChars <= MAX_CHARS) break;
    cache.delete(k);
    cachedChars -= k.length + v.length;
  }
  return html;
}

/** The HTML map a response carries beside its Markdown strings (empty strings left out). */
export function markdownHtml(refs: Iterable<MarkdownRef>): MarkdownHtml {
  const out: MarkdownHtml = { block: {}, inline: {} };
  for (const [text, inline] of refs) {
    if (!text.trim()) continue;
    const into = inline ? out.inline : out.block;
    if (!(text in into)) into[text] = renderMarkdown(text, inline);
  }
  return out;
}
