/** A cloze blank in the question text, `[[1]]`, `[[2]]`…; no zod, so the editor's cloze fields can import it. */
export const CLOZE_BLANK = /\[\[(\d+)\]\]/g;
