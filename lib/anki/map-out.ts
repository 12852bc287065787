/**
 * A question as an Anki note. Flashcards become Basic (front/back) and cloze questions Cloze
 * ({{c1::…}}, every blank in one card, as our cloze is answered all at once). The other seven
 * types have no Anki equivalent, so they become Basic with the prompt and the choices on the
 * front and the right answer and explanation on the back. Every note also carries the question
 * as JSON in a "Layerwise" field no template shows, so importing our own export gives back the
 * exact question while its visible fields are unchanged.
 */
import type { QuestionInput } from "@/lib/questions/schemas";
import { markdownToHtml } from "./html";
import type { ModelKind } from "./collection-write";

export interface ExportQuestion {
  id: string;
  question: QuestionInput;
}

export const GUID_PREFIX = "layerwise:";

export const guidFor = (questionId: string) => `${GUID_PREFIX}${questionId}`;

export function questionIdOf(guid: string): string | null {
  return guid.startsWith(GUID_PREFIX) ? guid.slice(GUID_PREFIX.length) || null : null;
}

const list = (items: string[]) => items.map((t) => `- ${t}`).join("\n");
const numbered = (items: string[]) => items.map((t, i) => `${i + 1}. ${t}`).join("\n");
const join = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join("\n\n");

function numericAnswer(p: Extract<QuestionInput, { type: "numeric" }>["payload"]): string {
  const unit = p.unit ? ` ${p.unit}` : "";
  if ("value" in p) return p.tolerance ? `${p.value} ± ${p.tolerance}${unit}` : `${p.value}${unit}`;
  return `${p.min} to ${p.max}${unit}`;
}

/** Front and back in Markdown, for the types Anki's Basic stands in for. */
export function frontAndBack(q: QuestionInput): { front: string; back: string } {
  switch (q.type) {
    case "flashcard":
      return { front: q.prompt, back: q.payload.back };
    case "cloze":
      return { front: q.prompt, back: "" };
    case "single":
      return {
        front: join(q.prompt, list(q.payload.options.map((o) => o.text))),
        back: q.payload.options.find((o) => o.correct)!.text,
      };
    case "multiple":
      return {
        front: join(q.prompt, "Choose all that apply:", list(q.payload.options.map((o) => o.text))),
        back: list(q.payload.options.filter((o) => o.correct).map((o) => o.text)),
      };
    case "truefalse":
      return { front: join(q.prompt, "True or false?"), back: q.payload.answer ? "True" : "False" };
    case "short":
      return { front: q.prompt, back: q.payload.accepted.join(" / ") };
    case "numeric":
      return { front: q.prompt, back: numericAnswer(q.payload) };
    case "matching": {
      const rights = [...q.payload.pairs.map((p) => p.right), ...(q.payload.distractors ?? [])].sort();
      return {
        front: join(q.prompt, "Match each of:", list(q.payload.pairs.map((p) => p.left)), "with one of:", list(rights)),
        back: list(q.payload.pairs.map((p) => `${p.left} → ${p.right}`)),
      };
    }
    case "ordering":
      // The stored order is the answer: the front lists the items sorted, not as stored.
      return {
        front: join(q.prompt, "Put in order:", list([...q.payload.items].sort())),
        back: numbered(q.payload.items),
      };
  }
}

/** Our cloze text with each [[n]] written as Anki's {{c1::first accepted answer}}. */
export function clozeText(q: Extract<QuestionInput, { type: "cloze" }>): string {
  return q.payload.text.replace(
    /\[\[(\d+)\]\]/g,
    (_m, n: string) => `{{c1::${q.payload.blanks[Number(n) - 1].accepted[0]}}}`,
  );
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The hidden field: the question as JSON, HTML-escaped so Anki's editor keeps it intact. */
export function layerwiseField(q: QuestionInput): string {
  return escapeHtml(JSON.stringify({ v: 1, question: q }));
}

/** The note's model and its fields (HTML) in the model's order. */
export function noteFor(q: QuestionInput): { model: ModelKind; fields: string[] } {
  if (q.type === "cloze") {
    return {
      model: "cloze",
      fields: [markdownToHtml(join(q.prompt, clozeText(q))), markdownToHtml(q.explanation), layerwiseField(q)],
    };
  }
  const { front, back } = frontAndBack(q);
  const backSide = join(back, q.explanation && `*Explanation:* ${q.explanation}`);
  return { model: "basic", fields: [markdownToHtml(front), markdownToHtml(backSide), layerwiseField(q)] };
}
