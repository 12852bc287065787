import type { AuditAction } from "./schemas";

/** How the audit page names each action. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "user.role": "Changed a user's role",
  "user.disable": "Disabled a user",
  "user.enable": "Enabled a user",
  "deck.create": "Created a deck",
  "deck.update": "Edited a deck",
  "deck.publish": "Published a deck",
  "deck.unpublish": "Unpublished a deck",
  "deck.archive": "Archived a deck",
  "deck.unarchive": "Unarchived a deck",
  "deck.import": "Imported questions",
  "question.create": "Added a question",
  "question.update": "Edited a question",
  "question.duplicate": "Duplicated a question",
  "question.archive": "Archived a question",
  "question.unarchive": "Unarchived a question",
  "question.reorder": "Reordered questions",
  "quiz.create": "Created a quiz",
  "quiz.regrade": "Regraded a quiz",
  "quiz.update": "Edited a quiz",
  "quiz.archive": "Archived a quiz",
  "quiz.unarchive": "Unarchived a quiz",
  "quiz.duplicate": "Duplicated a quiz",
  "quiz.delete": "Deleted a quiz",
  "quiz.override": "Set a learner's quiz override",
  "quiz.override.remove": "Removed a learner's quiz override",
};

const MAX = 120;
const show = (v: unknown) => {
  if (v === undefined) return "—";
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s;
};
const fields = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** One line per field that differs between before and after: "role: LEARNER → INSTRUCTOR". */
export function describeChange(before: unknown, after: unknown): string[] {
  const b = fields(before);
  const a = fields(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => (before == null ? `${k}: ${show(a[k])}` : `${k}: ${show(b[k])} → ${show(a[k])}`));
}
