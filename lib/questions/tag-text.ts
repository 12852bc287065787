/** Tag text rules without zod (lib/questions/tags.ts has the schemas), so the question editor can import them. */
export const TAG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

export function normaliseTag(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .replace(/-+/g, "-");
}

/** "a, b c" as typed in the editor's one-line field → the list the API takes. */
export function splitTagText(text: string): string[] {
  return text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
}
