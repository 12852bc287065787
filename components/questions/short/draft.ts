import { arr, row, str, type Row } from "@/components/authoring/editor/rows";
import type { DraftPiece } from "../module";

export interface ShortDraft {
  accepted: Row[];
  caseSensitive: boolean;
}

export const shortDraft: DraftPiece<ShortDraft> = {
  empty: () => ({ accepted: [row()], caseSensitive: false }),
  read: (p) => ({ accepted: arr(p.accepted).map((a) => row(str(a))), caseSensitive: p.caseSensitive === true }),
  payload: (d) => ({ accepted: d.accepted.map((a) => a.text), ...(d.caseSensitive ? { caseSensitive: true } : {}) }),
};
