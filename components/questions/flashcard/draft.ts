import { str } from "@/components/authoring/editor/rows";
import type { DraftPiece } from "../module";

export interface FlashcardDraft {
  back: string;
}

export const flashcardDraft: DraftPiece<FlashcardDraft> = {
  empty: () => ({ back: "" }),
  read: (p) => ({ back: str(p.back) }),
  payload: (d) => ({ back: d.back }),
};
