/**
 * The rules of question versions, as pure functions (the database side is ./versions.ts and
 * lib/authoring/versions.ts).
 *
 * - A question's columns hold the content of `Question.version`. While its deck is published,
 *   that content is published and is what learners see; edits wait in one draft version
 *   (`version + 1`, unpublished) until the deck publishes all its drafts together.
 * - A draft deck is edited in place, except that a version once published never changes: the
 *   edit then moves the columns on to the next version.
 * - Attempts and reviews pin the version they showed; a pinned version renders and grades
 *   from its stored row. Attempts from before versions pin nothing and mean version 1.
 */

export interface VersionRow {
  version: number;
  publishedAt: Date | null;
}

export type EditPlan =
  /** Draft deck, current version never published: rewrite the columns and that version. */
  | { kind: "in-place"; version: number }
  /** Draft deck, current version published (or unknown, so maybe seen): columns move to `version`. */
  | { kind: "bump"; version: number }
  /** Published deck: write the draft `version`; learners keep the columns until publish. */
  | { kind: "draft"; version: number };

/**
 * What an edit writes. `current` is the stored row of the question's current version (null
 * when none was stored: questions made outside the authoring services count as published).
 */
export function planEdit(
  deckStatus: "DRAFT" | "PUBLISHED",
  questionVersion: number,
  current: VersionRow | null,
): EditPlan {
  if (deckStatus === "PUBLISHED") return { kind: "draft", version: questionVersion + 1 };
  if (current && current.publishedAt === null) return { kind: "in-place", version: questionVersion };
  return { kind: "bump", version: questionVersion + 1 };
}

/** The draft waiting to be published for a question at `questionVersion`, if any. */
export function pendingDraft<T extends VersionRow>(questionVersion: number, rows: T[]): T | null {
  return rows.find((r) => r.version === questionVersion + 1 && r.publishedAt === null) ?? null;
}

/**
 * The version a learner sees of a question: its current one while the deck is visible, and
 * none otherwise. A pending draft is never it.
 */
export function learnerVersion(deckVisible: boolean, questionVersion: number): number | null {
  return deckVisible ? questionVersion : null;
}

export interface PublishMove {
  questionId: string;
  from: number;
  to: number;
}

/** What publishing a deck does: every question with a pending draft moves to it, all at once. */
export function planPublish(questions: { id: string; version: number; rows: VersionRow[] }[]): PublishMove[] {
  return questions.flatMap((q) => {
    const draft = pendingDraft(q.version, q.rows);
    return draft ? [{ questionId: q.id, from: q.version, to: draft.version }] : [];
  });
}

/** The version an attempt item pins (attempts started before versions existed: 1). */
export function pinnedVersion(item: { version?: unknown }): number {
  return typeof item.version === "number" && Number.isInteger(item.version) && item.version > 0 ? item.version : 1;
}

/** The newest published version among the rows (what a regrade grades against), or null. */
export function newestPublished<T extends VersionRow>(rows: T[]): T | null {
  return rows
    .filter((r) => r.publishedAt !== null)
    .reduce<T | null>((a, r) => (!a || r.version > a.version ? r : a), null);
}
