import { moduleFor } from "@/lib/questions/registry";
import { QUESTION_TYPES } from "@/lib/questions/schemas";
import type { Built, BuildContext, Kind } from "./read-parts";
import { findUnescaped, unescapeGift } from "./text";
import { checkWeights } from "./weights";

export type { Built, BuildContext, Kind } from "./read-parts";

const TF = ["T", "TRUE", "F", "FALSE"];

export function classify(raw: string): Kind | null {
  const t = raw.trim();
  if (t === "") return "essay";
  if (t.startsWith("#")) return "numeric";
  if (findUnescaped(t, "~") !== -1) return "choice";
  const hasEquals = findUnescaped(t, "=") !== -1;
  if (hasEquals && t.includes("->")) return "matching";
  const hash = findUnescaped(t, "#");
  if (
    TF.includes(
      unescapeGift(hash === -1 ? t : t.slice(0, hash))
        .trim()
        .toUpperCase(),
    )
  )
    return "truefalse";
  return hasEquals ? "short" : null;
}

/** Builds the payload for a classified answer block (not essays: they need the general feedback). */
export function buildAnswers(kind: Exclude<Kind, "essay">, raw: string, ctx: BuildContext): Built | null {
  const reader = QUESTION_TYPES.map((t) => moduleFor(t).gift.read).find((r) => r?.kind === kind);
  if (!reader) throw new Error(`No question type reads the GIFT ${kind} answer block`);
  // A bad weight would otherwise become option text or shift which answers count as right.
  if (!checkWeights(kind, raw, ctx)) return null;
  return reader.build(raw, ctx);
}
