import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { OrderingInput } from "@/components/questions/ordering/input";
import { keepOrder, moveItem, orderingState } from "@/components/questions/ordering/state";
import { gradeAnswer } from "@/lib/questions/grading";
import { textId } from "@/lib/questions/ids";
import type { StoredQuestion } from "@/lib/questions/types";

const texts = ["third", "first", "second"]; // as displayed
const view = { type: "ordering" as const, items: texts.map((t) => ({ id: textId("i", t), text: t })) };
const ids = view.items.map((c) => c.id);
const stored: StoredQuestion = {
  id: "q",
  type: "ordering",
  prompt: "P",
  explanation: "",
  section: null,
  payload: { items: ["first", "second", "third"] },
};

describe("the ordering input: viewing is not answering", () => {
  it("an untouched list is unanswered, whatever it shows", () => {
    expect(orderingState(undefined, ids)).toEqual({ order: ids, answered: false });
    // A stale or foreign value is no answer either.
    expect(orderingState({ order: ids.slice(1) }, ids).answered).toBe(false);
    expect(orderingState({ matches: {} }, ids).answered).toBe(false);
  });

  it("rendering it emits nothing and offers an explicit Keep this order button", () => {
    const onChange = vi.fn();
    const html = renderToStaticMarkup(
      <OrderingInput view={view} value={undefined} onChange={onChange} disabled={false} idPrefix="t" />,
    );
    expect(onChange).not.toHaveBeenCalled();
    expect(html).toMatch(/<button type="button"[^>]*>Keep this order<\/button>/);
  });

  it("Keep this order answers with the order shown; once answered the button says so", () => {
    const answer = keepOrder(orderingState(undefined, ids));
    expect(answer).toEqual({ order: ids });
    expect(gradeAnswer(stored, answer).score).toBeLessThan(1);
    const html = renderToStaticMarkup(
      <OrderingInput view={view} value={answer} onChange={() => {}} disabled={false} idPrefix="t" />,
    );
    expect(html).toMatch(/aria-disabled="true"[^>]*>This order is your answer<\/button>/);
  });

  it("a move answers with the moved order; a move past an end answers nothing", () => {
    const state = orderingState(undefined, ids);
    expect(moveItem(state, 0, 1)).toEqual({ order: [ids[1], ids[0], ids[2]] });
    expect(moveItem(state, 0, -1)).toBeUndefined();
    expect(moveItem(state, 2, 1)).toBeUndefined();
    const moved = orderingState({ order: [ids[1], ids[2], ids[0]] }, ids);
    expect(moved).toEqual({ order: [ids[1], ids[2], ids[0]], answered: true });
    expect(gradeAnswer(stored, { order: moved.order }).score).toBe(1);
  });
});
