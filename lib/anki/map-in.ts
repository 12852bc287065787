/**
 * Anki notes as questions. Cloze note types → cloze ({{cN::answer::hint}} → one blank per
 * cloze in order; hints dropped); every other note type → a flashcard from its first two fields,
 * plus the reversed flashcard when the note has a second card of a "reversed" type (Anki's
 * "Basic (and reversed card)", "Basic (optional reversed card)"). Note types other than Basic
 * and Cloze are named in the report. A note of our own export whose visible fields are
 * unchanged comes back as the exact question (its hidden "Layerwise" field). Pure.
 */
import { questionInputSchema, type QuestionInput } from "@/lib/questions/schemas";
import { MAX_TAGS, MAX_TAG_LENGTH, TAG_RE } from "@/lib/questions/tags";
import { findInputProblem } from "@/lib/text-input";
import type { CollectionIn, NoteIn, NoteTypeIn } from "./collection-read";
import { htmlToMarkdown, htmlToText, type MediaDropped } from "./html";
import { noteFor } from "./map-out";
import type { AnkiImportReport } from "./schemas";

export interface ImportedQuestion {
  question: QuestionInput;
  /** The note guid, "#1" appended for a reversed card. */
  ankiGuid: string;
  noteId: number;
  ord: number;
}

export interface ImportPlan {
  questions: ImportedQuestion[];
  byNoteType: Record<string, number>;
  skipped: AnkiImportReport["skipped"];
  deckTitle: string;
}

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;
const MAX_BLANKS = 10;

class Skip extends Error {}

const unescapeHtml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Our own export, unchanged in Anki: the exact question from the hidden field. */
function ownQuestion(nt: NoteTypeIn, note: NoteIn): QuestionInput | null {
  const at = nt.fields.indexOf("Layerwise");
  if (at < 0 || !note.fields[at]) return null;
  try {
    const parsed = questionInputSchema.safeParse(
      (JSON.parse(unescapeHtml(note.fields[at])) as { question?: unknown }).question,
    );
    if (!parsed.success) return null;
    const again = noteFor(parsed.data).fields;
    return again[0] === note.fields[0] && again[1] === (note.fields[1] ?? "") ? parsed.data : null;
  } catch {
    return null;
  }
}

function tagsOf(raw: string[]): string[] {
  const out = new Set<string>();
  for (const t of raw) {
    const tag = t
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
    if (tag && tag.length <= MAX_TAG_LENGTH && TAG_RE.test(tag) && tag !== "leech" && tag !== "marked") out.add(tag);
  }
  return [...out].slice(0, MAX_TAGS);
}

function clozeQuestion(note: NoteIn, media: MediaDropped): QuestionInput {
  const accepted: string[] = [];
  const marked = (note.fields[0] ?? "").replace(CLOZE, (_m, _n: string, answer: string) => {
    accepted.push(htmlToText(answer));
    return `LWBLANK${accepted.length}X`;
  });
  if (accepted.length === 0) throw new Skip("a cloze note without any {{c1::…}}");
  if (accepted.length > MAX_BLANKS) throw new Skip(`a cloze note with more than ${MAX_BLANKS} clozes`);
  if (accepted.some((a) => !a)) throw new Skip("a cloze with an empty answer");
  const text = htmlToMarkdown(marked, media).replace(/LWBLANK(\d+)X/g, "[[$1]]");
  return {
    type: "cloze",
    prompt: "Fill in the blanks.",
    explanation: htmlToMarkdown(note.fields[1] ?? "", media),
    payload: { text, blanks: accepted.map((a) => ({ accepted: [a] })) },
    tags: tagsOf(note.tags),
  };
}

function flashcard(front: string, back: string, tags: string[], media: MediaDropped): QuestionInput {
  const prompt = htmlToMarkdown(front, media);
  const backMd = htmlToMarkdown(back, media);
  if (!prompt) throw new Skip("a note whose front is empty (or only media)");
  if (!backMd) throw new Skip("a note whose back is empty (or only media)");
  return { type: "flashcard", prompt, explanation: "", payload: { back: backMd }, tags: tagsOf(tags) };
}

/** The input as the API would store it, or the reason it cannot be. */
function valid(q: QuestionInput): QuestionInput {
  const parsed = questionInputSchema.safeParse(q);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Skip(
      `a note that does not make a valid question (${issue.path.join(".") || "question"}: ${issue.message})`,
    );
  }
  const problem = findInputProblem(parsed.data);
  if (problem) throw new Skip(`a note with text we cannot store (${problem.field}: ${problem.message})`);
  return parsed.data;
}

function deckTitleOf(c: CollectionIn): string {
  const counts = new Map<number, number>();
  for (const card of c.cards) counts.set(card.did, (counts.get(card.did) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).at(0);
  const name = (top && c.decks.get(top[0])) || "Imported from Anki";
  return name.slice(0, 120).trim() || "Imported from Anki";
}

/** Every note of the collection as questions, and what was left out. */
export function planImport(c: CollectionIn): ImportPlan {
  const questions: ImportedQuestion[] = [];
  const byNoteType: Record<string, number> = {};
  const skips = new Map<string, number>();
  const skip = (what: string, reason: string, n = 1) =>
    skips.set(`${what}\u0000${reason}`, (skips.get(`${what}\u0000${reason}`) ?? 0) + n);
  const media: MediaDropped = { images: 0, sounds: 0 };
  const ords = new Map<number, Set<number>>();
  for (const card of c.cards) (ords.get(card.nid) ?? ords.set(card.nid, new Set()).get(card.nid)!).add(card.ord);
  for (const note of c.notes) {
    const nt = c.noteTypes.get(note.mid);
    if (!nt) {
      skip("notes", "their note type is missing from the package");
      continue;
    }
    byNoteType[nt.name] = (byNoteType[nt.name] ?? 0) + 1;
    try {
      const own = ownQuestion(nt, note);
      if (own) {
        questions.push({ question: own, ankiGuid: note.guid, noteId: note.id, ord: 0 });
        continue;
      }
      if (nt.cloze) {
        questions.push({ question: valid(clozeQuestion(note, media)), ankiGuid: note.guid, noteId: note.id, ord: 0 });
        continue;
      }
      const [front = "", back = ""] = note.fields;
      questions.push({
        question: valid(flashcard(front, back, note.tags, media)),
        ankiGuid: note.guid,
        noteId: note.id,
        ord: 0,
      });
      const basic = /^(layerwise )?basic\b/i.test(nt.name);
      if (!basic)
        skip("notes", `note type "${nt.name}" is not Basic or Cloze: imported as flashcards from its first two fields`);
      if (basic && /revers/i.test(nt.name) && ords.get(note.id)?.has(1))
        questions.push({
          question: valid(flashcard(back, front, note.tags, media)),
          ankiGuid: `${note.guid}#1`,
          noteId: note.id,
          ord: 1,
        });
    } catch (err) {
      if (!(err instanceof Skip)) throw err;
      skip("notes", err.message);
    }
  }
  if (media.images) skip("images", "media files are not stored here; the text around them was kept", media.images);
  if (media.sounds) skip("sounds", "media files are not stored here; the text around them was kept", media.sounds);
  return {
    questions,
    byNoteType,
    deckTitle: deckTitleOf(c),
    skipped: [...skips.entries()].map(([key, count]) => {
      const [what, reason] = key.split("\u0000");
      return { what, count, reason };
    }),
  };
}
