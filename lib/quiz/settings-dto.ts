import type { Quiz } from "@/lib/db/generated/client";
import { readPools } from "./pool-schemas";
import { readReviewOptions } from "./review-options";

/** A quiz's settings as its author sees them (editor and authored list), with dates as ISO strings. */
export function toQuizSettingsDto(q: Quiz) {
  return {
    id: q.id,
    title: q.title,
    questionCount: q.questionCount,
    timeLimitSeconds: q.timeLimitSeconds,
    attemptsAllowed: q.attemptsAllowed,
    passMarkPercent: q.passMarkPercent,
    shuffle: q.shuffle,
    reviewOptions: readReviewOptions(q.reviewOptions),
    opensAt: q.opensAt?.toISOString() ?? null,
    closesAt: q.closesAt?.toISOString() ?? null,
    archived: q.archivedAt !== null,
    pools: readPools(q.pools),
  };
}
