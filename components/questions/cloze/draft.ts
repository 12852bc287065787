import { arr, blank, str, type BlankRow } from "@/components/authoring/editor/rows";
import { CLOZE_BLANK } from "@/lib/questions/cloze-blank";
import type { DraftPiece } from "../module";

export interface ClozeDraft {
  clozeText: string;
  blanks: BlankRow[];
}

export const clozeDraft: DraftPiece<ClozeDraft> = {
  empty: () => ({ clozeText: "", blanks: [] }),
  read: (p) => ({
    clozeText: str(p.text),
    blanks: arr(p.blanks).map((b) => {
      const x = b as Record<string, unknown>;
      return blank(arr(x.accepted).map(str).join("\n"), x.caseSensitive === true);
    }),
  }),
  payload: (d) => ({
    text: d.clozeText,
    blanks: d.blanks.map((b) => ({
      accepted: b.accepted
        .split("\n")
        .map((s) => s.trim())
        .filter(Boolean),
      ...(b.caseSensitive ? { caseSensitive: true } : {}),
    })),
  }),
};

/** The blank numbers written in a cloze text, in order ([[1]] … [[n]]). */
export function blanksInText(text: string): number[] {
  return [...text.matchAll(CLOZE_BLANK)].map((m) => Number(m[1]));
}

/** Keeps one blank row per [[n]] in the text (rows are kept, added or dropped at the end). */
export function syncBlanks(d: ClozeDraft): BlankRow[] {
  const n = Math.max(0, ...blanksInText(d.clozeText));
  if (n === d.blanks.length) return d.blanks;
  return n < d.blanks.length
    ? d.blanks.slice(0, n)
    : [...d.blanks, ...Array.from({ length: n - d.blanks.length }, () => blank())];
}
