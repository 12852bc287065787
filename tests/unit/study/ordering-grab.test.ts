import { describe, expect, it } from "vitest";
import { announceGrab, grabReducer, type GrabAction, type GrabState } from "@/components/questions/ordering/grab";

const start: GrabState = { order: ["a", "b", "c"], answered: false, focus: 0, grabbed: null, origin: null };
const run = (s: GrabState, ...actions: GrabAction[]) => actions.reduce(grabReducer, s);
const up = { type: "move", delta: -1 } as const;
const down = { type: "move", delta: 1 } as const;

describe("ordering grab/move/drop", () => {
  it("arrows without a grab only move focus, within the list; the order and the answer stay", () => {
    const s = run(start, down, down, down);
    expect(s).toMatchObject({ order: ["a", "b", "c"], answered: false, focus: 2, grabbed: null });
    expect(run(s, up).focus).toBe(1);
    expect(run(start, up).focus).toBe(0);
  });

  it("Space grabs, arrows carry the item, Space drops it and that order is the answer", () => {
    const s = run(start, { type: "grab" }, down, down);
    expect(s).toMatchObject({ order: ["b", "c", "a"], focus: 2, grabbed: 2, answered: true });
    expect(run(s, down).order).toEqual(["b", "c", "a"]); // already last: no change
    expect(run(s, { type: "drop" })).toMatchObject({ order: ["b", "c", "a"], answered: true, grabbed: null });
  });

  it("Escape cancels: the order, the answered flag and focus go back to before the grab", () => {
    const answered = { ...start, order: ["c", "a", "b"], answered: true, focus: 1 };
    const s = run(answered, { type: "grab" }, up, { type: "cancel" });
    expect(s).toMatchObject({ order: ["c", "a", "b"], answered: true, focus: 1, grabbed: null, origin: null });
    expect(run(start, { type: "grab" }, down, { type: "cancel" })).toMatchObject({
      order: ["a", "b", "c"],
      answered: false,
      focus: 0,
    });
  });

  it("a grab and a drop in place answers with the order shown (the keyboard's Keep this order)", () => {
    expect(run(start, { type: "grab" }, { type: "drop" })).toMatchObject({ order: ["a", "b", "c"], answered: true });
  });

  it("drop and cancel without a grab, and focus while holding, change nothing", () => {
    expect(run(start, { type: "drop" })).toEqual(start);
    expect(run(start, { type: "cancel" })).toEqual(start);
    const held = run(start, { type: "grab" });
    expect(run(held, { type: "focus", index: 2 })).toEqual(held);
  });

  it("announces grabs, moves, ends of the list, drops and cancels in words", () => {
    const label = (id: string) => id.toUpperCase();
    const say = (s: GrabState, a: GrabAction) => announceGrab(s, grabReducer(s, a), a, label);
    const held = run(start, { type: "grab" });
    expect(say(start, { type: "grab" })).toMatch(/^A grabbed, position 1 of 3/);
    expect(say(held, down)).toBe("A, position 2 of 3.");
    expect(say(held, up)).toBe("A is already first.");
    expect(say(run(held, down), { type: "drop" })).toBe("A dropped at position 2 of 3. This order is now your answer.");
    expect(say(run(held, down), { type: "cancel" })).toBe("Move cancelled. A is back at position 1 of 3.");
  });
});
