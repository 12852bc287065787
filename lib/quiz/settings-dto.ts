import type { Quiz } from "@/lib/db/generated/client";
import { readPools } from "./pool-schemas";
import { readReviewOptions } from "./review-options";

/** What an instructor set on a quiz, as stored (dates as ISO strings): the audit log's before/after. */
export const quizSettingsFields = (q: Quiz) => ({
  title: q.title,
  questionCount: q.questionCount,
  timeLimitSeconds: q.timeLimitSeconds,
  attemptsAllowed: q.attemptsAllowed,
  passMarkPercent: q.passMarkPercent,
  shuffle: q.shuffle,
  reviewOptions: q.reviewOptions,
  pools: q.pools,
  opensAt: q.opensAt?.toISOString() ?? null,
  closesAt: q.closesAt?.toISOString() ?? null,
  archived: q.archivedAt !== null,
});

/** A quiz's settings as its author sees them (editor and authored list): review options and pools read into shape. */
export function toQuizSettingsDto(q: Quiz) {
  return {
    id: q.id,
    ...quizSettingsFields(q),
    reviewOptions: readReviewOptions(q.reviewOptions),
    pools: readPools(q.pools),
  };
}
