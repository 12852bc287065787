import type { OrderingState } from "./state";

/**
 * Keyboard reordering without drag: Space grabs the focused item, arrows move it, Space drops
 * it, Escape puts everything back. Enter is not an action here (it reveals the answer), so
 * pressing it never changes an answer. Pure, so it is tested without a browser.
 */
export interface GrabState extends OrderingState {
  /** Index of the focused item. */
  focus: number;
  /** Index of the grabbed item, or null when nothing is held. */
  grabbed: number | null;
  /** The list as it was when the item was grabbed, restored by cancel. */
  origin: OrderingState | null;
}

export type GrabAction =
  | { type: "grab" }
  | { type: "drop" }
  | { type: "cancel" }
  | { type: "move"; delta: -1 | 1 }
  | { type: "focus"; index: number };

export function grabReducer(s: GrabState, a: GrabAction): GrabState {
  const last = s.order.length - 1;
  switch (a.type) {
    case "focus":
      return s.grabbed === null ? { ...s, focus: Math.max(0, Math.min(last, a.index)) } : s;
    case "grab":
      return s.grabbed === null ? { ...s, grabbed: s.focus, origin: { order: s.order, answered: s.answered } } : s;
    case "move": {
      if (s.grabbed === null) return grabReducer(s, { type: "focus", index: s.focus + a.delta });
      const to = s.grabbed + a.delta;
      if (to < 0 || to > last) return s;
      const order = [...s.order];
      [order[s.grabbed], order[to]] = [order[to], order[s.grabbed]];
      // Moving is answering (as the ↑ ↓ buttons are); cancel restores the list and whether it was an answer.
      return { ...s, order, answered: true, focus: to, grabbed: to };
    }
    // Dropping answers with the list as it now is, even when the item went back to its place:
    // that is how a keyboard learner says "this order" without a separate button.
    case "drop":
      return s.grabbed === null ? s : { ...s, answered: true, grabbed: null, origin: null };
    case "cancel": {
      if (s.grabbed === null || !s.origin) return s;
      const focus = s.origin.order.indexOf(s.order[s.grabbed]);
      return { ...s, ...s.origin, focus, grabbed: null, origin: null };
    }
  }
}

/** What a screen reader hears after an action; `label(id)` is the item's plain text. */
export function announceGrab(before: GrabState, after: GrabState, a: GrabAction, label: (id: string) => string) {
  const n = after.order.length;
  const item = label(after.order[after.focus] ?? "");
  const at = `position ${after.focus + 1} of ${n}`;
  switch (a.type) {
    case "grab":
      return `${item} grabbed, ${at}. Arrow keys move it, Space drops it, Escape cancels.`;
    case "move":
      if (before.grabbed === null) return "";
      return before.order === after.order ? `${item} is already ${a.delta < 0 ? "first" : "last"}.` : `${item}, ${at}.`;
    case "drop":
      return `${item} dropped at ${at}. This order is now your answer.`;
    case "cancel":
      return before.grabbed === null ? "" : `Move cancelled. ${item} is back at ${at}.`;
    default:
      return "";
  }
}
