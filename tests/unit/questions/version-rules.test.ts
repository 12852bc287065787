import { describe, expect, it } from "vitest";
import {
  learnerVersion,
  newestPublished,
  pendingDraft,
  pinnedVersion,
  planEdit,
  planPublish,
} from "@/lib/questions/version-rules";
import { attemptScorePercent, responseChanged } from "@/lib/quiz/regrade-rules";

const published = (version: number) => ({ version, publishedAt: new Date("2026-01-01T00:00:00Z") });
const draft = (version: number) => ({ version, publishedAt: null });

describe("which version an edit writes", () => {
  it.each([
    ["published deck: a draft of the next version", "PUBLISHED", 3, published(3), { kind: "draft", version: 4 }],
    ["published deck, version never stored: still a draft", "PUBLISHED", 1, null, { kind: "draft", version: 2 }],
    ["draft deck, current never published: in place", "DRAFT", 1, draft(1), { kind: "in-place", version: 1 }],
    ["draft deck, current published: the columns move on", "DRAFT", 2, published(2), { kind: "bump", version: 3 }],
    ["draft deck, version never stored (maybe seen): move on", "DRAFT", 1, null, { kind: "bump", version: 2 }],
  ] as const)("%s", (_name, status, version, current, plan) => {
    expect(planEdit(status, version, current)).toEqual(plan);
  });
});

describe("which version a learner sees", () => {
  it("the current version while the deck is visible, never a pending draft; nothing otherwise", () => {
    expect(learnerVersion(true, 2)).toBe(2);
    expect(learnerVersion(false, 2)).toBeNull();
    expect(pendingDraft(2, [published(1), published(2), draft(3)])).toEqual(draft(3));
    expect(pendingDraft(2, [published(1), published(2)])).toBeNull();
    // An unpublished row at the current version is a draft deck's in-place copy, not a pending draft.
    expect(pendingDraft(1, [draft(1)])).toBeNull();
  });

  it("an attempt shows the version it pinned; attempts from before versions pinned 1", () => {
    expect(pinnedVersion({ version: 3 })).toBe(3);
    expect(pinnedVersion({})).toBe(1);
    expect(pinnedVersion({ version: "3" })).toBe(1);
    expect(pinnedVersion({ version: 0 })).toBe(1);
  });
});

describe("what publishing a deck does", () => {
  it("moves every question with a pending draft onto it, and only those", () => {
    expect(
      planPublish([
        { id: "a", version: 1, rows: [published(1), draft(2)] },
        { id: "b", version: 4, rows: [published(3), published(4)] },
        { id: "c", version: 2, rows: [published(1), published(2), draft(3)] },
      ]),
    ).toEqual([
      { questionId: "a", from: 1, to: 2 },
      { questionId: "c", from: 2, to: 3 },
    ]);
  });

  it("a regrade grades against the newest published version, never a draft", () => {
    expect(newestPublished([published(1), published(3), draft(4), published(2)])).toEqual(published(3));
    expect(newestPublished([draft(1)])).toBeNull();
  });
});

describe("regrade scores", () => {
  it("is the mean of the item scores in percent to 2 decimals, unanswered items 0", () => {
    expect(attemptScorePercent([1, 0, 0.5])).toBe(50);
    expect(attemptScorePercent([1, 1, 0])).toBe(66.67);
    expect(attemptScorePercent([])).toBe(0);
  });

  it("notices a changed right/wrong or score, not float noise", () => {
    expect(responseChanged({ correct: false, score: 0 }, { correct: true, score: 1 })).toBe(true);
    expect(responseChanged({ correct: true, score: 0.5 }, { correct: true, score: 0.75 })).toBe(true);
    expect(responseChanged({ correct: true, score: 1 }, { correct: true, score: 1 })).toBe(false);
    expect(responseChanged({ correct: false, score: 0.3 }, { correct: false, score: 0.1 + 0.2 })).toBe(false);
  });
});
