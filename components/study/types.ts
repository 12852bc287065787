import type { GradeResult, PublicQuestion, Solution } from "@/lib/questions/types";
import type { CardState } from "@/lib/srs/schemas";

export interface QueueCardDto {
  kind: "due" | "new" | "drill";
  question: PublicQuestion & { deckTitle?: string };
  state: CardState;
}
export interface QueueDto {
  studyDay: string;
  counts: { due: number; new: number; drill: number; doneToday: number; newToday: number; remainingToday: number };
  cards: QueueCardDto[];
}
export interface CheckResult {
  result: GradeResult;
  solution: Solution;
  explanation: string;
}
export interface ReviewResultDto {
  review: { id: string; grade: number; correct: boolean | null; drill: boolean; reviewedAt: string };
  state: CardState;
  replayed: boolean;
}
