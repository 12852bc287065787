/**
 * An answer that says nothing: a matching with every select back on "Choose…", a multiple
 * choice with every box unticked, an empty short answer, a cloze with every blank empty.
 * Saving one clears the question (it is unanswered again and scores 0, like one never touched)
 * rather than storing a response that counts as answered. No server imports: the runner
 * uses the same rule for its navigator and summary.
 */
export function isBlankAnswer(answer: unknown): boolean {
  if (answer === undefined || answer === null) return true;
  if (typeof answer !== "object" || Array.isArray(answer)) return false;
  const a = answer as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.length !== 1) return false;
  const v = a[keys[0]];
  switch (keys[0]) {
    case "matches":
      return typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
    case "choices":
      return Array.isArray(v) && v.length === 0;
    case "text":
      return typeof v === "string" && v.trim() === "";
    case "blanks":
      return Array.isArray(v) && v.every((b) => typeof b === "string" && b.trim() === "");
    default:
      return false;
  }
}
