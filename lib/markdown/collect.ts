import type { CheckResult, PublicQuestion } from "@/lib/questions/types";
import type { MarkdownRef } from "./render";

// Which strings of a response the client shows as Markdown. Only strings the response itself
// carries are collected, so the HTML map never says more than the response does.

/** A public question: the prompt (block) and every `text` in its view (options, items, sides, cloze text: inline). */
export function questionMarkdown(q: PublicQuestion): MarkdownRef[] {
  const refs: MarkdownRef[] = [[q.prompt, false]];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        if (k === "text" && typeof x === "string") refs.push([x, true]);
        else walk(x);
      }
  };
  walk(q.view);
  return refs;
}

/** A review: the explanation, the grader's feedback, and the solution's feedback and flashcard back (all block). */
export function reviewMarkdown(
  r: Partial<Pick<CheckResult, "solution" | "explanation">> & {
    result?: CheckResult["result"] | null;
  },
): MarkdownRef[] {
  const refs: MarkdownRef[] = [];
  if (r.explanation) refs.push([r.explanation, false]);
  for (const f of r.result?.feedback ?? []) refs.push([f, false]);
  const s = r.solution as Record<string, unknown> | undefined;
  if (typeof s?.back === "string") refs.push([s.back, false]);
  if (typeof s?.feedback === "string") refs.push([s.feedback, false]);
  else if (s?.feedback && typeof s.feedback === "object")
    for (const f of Object.values(s.feedback)) if (typeof f === "string") refs.push([f, false]);
  return refs;
}
