/**
 * A quiz's statistics from a matrix of marks: Moodle's quiz statistics report, pure.
 * Formulas: ./test-statistics.ts (test) and ./item-statistics.ts (questions); which
 * attempts: ./which-attempts.ts; the whole mapping is in docs/STATISTICS.md.
 */
import { itemStatistics, type ItemStatistics } from "./item-statistics";
import {
  describeTotals,
  internalConsistency,
  type InternalConsistency,
  type TotalsDescription,
} from "./test-statistics";

export interface MarkMatrix {
  /** The max mark of each question (column). */
  maxMarks: readonly number[];
  /**
   * One row per attempt. `marks[j]` is the mark on question j, null when the attempt did not
   * draw it; `order` lists the drawn questions' indexes in the order the attempt showed them.
   */
  rows: readonly { marks: readonly (number | null)[]; order: readonly number[] }[];
}

export type SlotBasis = "questions" | "positions" | null;

export interface QuizStatistics extends TotalsDescription, InternalConsistency {
  /** The total an attempt could score (Moodle's quiz sumgrades): percentages are of this. */
  maxTotal: number;
  /** p: the number of slots the coefficient of internal consistency sums over. */
  slots: number;
  /**
   * What a slot is. "questions": every attempt drew every question (Moodle's fixed slots, order
   * shuffled or not). "positions": questions drawn at random, so slot k is the k-th question
   * shown, as for a Moodle quiz of random-question slots. null: attempts drew different numbers
   * of questions, so there are no common slots and no internal consistency.
   */
  slotBasis: SlotBasis;
  items: ItemStatistics[];
}

const total = (marks: readonly (number | null)[]) => marks.reduce<number>((a, m) => a + (m ?? 0), 0);

function slotsOf(m: MarkMatrix): { basis: SlotBasis; columns: { mark: number; total: number }[][]; maxTotal: number } {
  const q = m.maxMarks.length;
  const totals = m.rows.map((r) => total(r.marks));
  const complete = m.rows.every((r) => r.marks.every((x) => x !== null));
  if (complete) {
    const columns = m.maxMarks.map((_, j) => m.rows.map((r, i) => ({ mark: r.marks[j]!, total: totals[i] })));
    return { basis: "questions", columns, maxTotal: m.maxMarks.reduce((a, b) => a + b, 0) };
  }
  const p = m.rows[0]?.order.length ?? 0;
  const rowMax = m.rows.map((r) => r.order.reduce((a, j) => a + (m.maxMarks[j] ?? 0), 0));
  const maxTotal = Math.max(0, ...rowMax);
  if (q === 0 || m.rows.some((r) => r.order.length !== p)) return { basis: null, columns: [], maxTotal };
  const columns = Array.from({ length: p }, (_, k) =>
    m.rows.map((r, i) => ({ mark: r.marks[r.order[k]] ?? 0, total: totals[i] })),
  );
  return { basis: "positions", columns, maxTotal };
}

/** Test and per-question statistics for the attempts given (already chosen by selectAttempts). */
export function computeQuizStatistics(m: MarkMatrix): QuizStatistics {
  const totals = m.rows.map((r) => total(r.marks));
  const test = describeTotals(totals);
  const items = m.maxMarks.map((maxMark, j) => {
    const steps: { mark: number; total: number }[] = [];
    m.rows.forEach((r, i) => {
      const mark = r.marks[j];
      if (mark !== null) steps.push({ mark, total: totals[i] });
    });
    return itemStatistics(steps, maxMark);
  });
  const { basis, columns, maxTotal } = slotsOf(m);
  // For positions the slot variances are those of "the k-th question shown", not of any one question.
  const slotVariances =
    basis === "questions"
      ? items.map((it) => it.markVariance ?? 0)
      : columns.map((c) => itemStatistics(c, 1).markVariance ?? 0);
  const consistency =
    basis === null
      ? { cic: null, errorRatio: null, standardError: null }
      : internalConsistency(
          columns.length,
          slotVariances.reduce((a, b) => a + b, 0),
          test,
        );
  return { ...test, ...consistency, maxTotal, slots: columns.length, slotBasis: basis, items };
}
