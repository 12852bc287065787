import { arr, pair, row, str, type PairRow, type Row } from "@/components/authoring/editor/rows";
import type { DraftPiece } from "../module";

export interface MatchingDraft {
  pairs: PairRow[];
  distractors: Row[];
}

export const matchingDraft: DraftPiece<MatchingDraft> = {
  empty: () => ({ pairs: [pair(), pair(), pair()], distractors: [] }),
  read: (p) => ({
    pairs: arr(p.pairs).map((x) =>
      pair(str((x as Record<string, unknown>).left), str((x as Record<string, unknown>).right)),
    ),
    distractors: arr(p.distractors).map((x) => row(str(x))),
  }),
  payload: (d) => ({
    pairs: d.pairs.map((p) => ({ left: p.left, right: p.right })),
    ...(d.distractors.length ? { distractors: d.distractors.map((x) => x.text) } : {}),
  }),
};
