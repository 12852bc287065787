import { arr, row, str, type Row } from "@/components/authoring/editor/rows";
import type { DraftPiece } from "../module";

export interface OrderingDraft {
  items: Row[];
}

export const orderingDraft: DraftPiece<OrderingDraft> = {
  empty: () => ({ items: [row(), row(), row()] }),
  read: (p) => ({ items: arr(p.items).map((x) => row(str(x))) }),
  payload: (d) => ({ items: d.items.map((i) => i.text) }),
};
