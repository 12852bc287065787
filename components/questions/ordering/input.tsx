"use client";
import { useRef, useState, type KeyboardEvent } from "react";
import type { Choice } from "@/lib/questions/types";
import { plainText } from "@/lib/markdown/plain-text";
import { Markdown } from "../markdown";
import { keepOrder, moveItem, orderingState, type OrderingState } from "./state";
import { announceGrab, grabReducer, type GrabAction, type GrabState } from "./grab";
import { legendClass, type InputProps } from "../input-shared";
import { MoveButtons } from "../move-buttons";

const KEYS: Partial<Record<string, GrabAction>> = {
  ArrowUp: { type: "move", delta: -1 },
  ArrowLeft: { type: "move", delta: -1 },
  ArrowDown: { type: "move", delta: 1 },
  ArrowRight: { type: "move", delta: 1 },
};

/**
 * A list with one Tab stop (roving focus): Space grabs the focused item, arrows move it, Space
 * drops it (which answers), Escape cancels. Enter is left to the page (it reveals), so it never
 * changes the order. The Move up/down and "Keep this order" buttons are for pointers and touch
 * and are not Tab stops. Showing the list answers nothing.
 */
export function OrderingInput({ view, value, onChange, disabled, idPrefix }: InputProps<"ordering">) {
  const ids = view.items.map((c) => c.id);
  const state = orderingState(value, ids);
  const order = state.order;
  const byId = new Map<string, Choice>(view.items.map((c) => [c.id, c]));
  const label = (id: string) => plainText(byId.get(id)?.text ?? "");
  const [announcement, setAnnouncement] = useState("");
  const [focus, setFocus] = useState(0);
  const [held, setHeld] = useState<{ grabbed: number; origin: OrderingState } | null>(null);
  const refs = useRef(new Map<string, HTMLButtonElement>());

  function emit(next: OrderingState) {
    onChange(next.answered ? { order: next.order } : undefined);
  }

  function dispatch(action: GrabAction) {
    const before: GrabState = { ...state, focus, grabbed: held?.grabbed ?? null, origin: held?.origin ?? null };
    const after = grabReducer(before, action);
    if (after.order !== before.order || after.answered !== before.answered) emit(after);
    setHeld(after.grabbed === null || !after.origin ? null : { grabbed: after.grabbed, origin: after.origin });
    setFocus(after.focus);
    setAnnouncement(announceGrab(before, after, action, label) || announcement);
    // The item keeps focus as it moves (React moves its node, which can drop focus).
    const id = after.order[after.focus];
    requestAnimationFrame(() => refs.current.get(id)?.focus());
  }

  function onKey(e: KeyboardEvent<HTMLButtonElement>) {
    if (disabled) return;
    // Enter is the page's (reveal); never a click that could change the order.
    if (e.key === "Enter") return;
    let action = KEYS[e.key];
    if (e.key === " ") action = { type: held ? "drop" : "grab" };
    else if (e.key === "Escape" && held) action = { type: "cancel" };
    else if (e.key === "Home") action = { type: "focus", index: 0 };
    else if (e.key === "End") action = { type: "focus", index: order.length - 1 };
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    dispatch(action);
  }

  function move(index: number, delta: -1 | 1) {
    if (disabled) return;
    const next = moveItem(state, index, delta);
    if (!next) {
      setAnnouncement(`${label(order[index])} is already ${delta < 0 ? "first" : "last"}.`);
      return;
    }
    setHeld(null);
    onChange(next);
    setAnnouncement(`${label(order[index])} moved to position ${index + delta + 1} of ${order.length}.`);
  }

  function keep() {
    if (disabled || state.answered) return;
    onChange(keepOrder(state));
    setAnnouncement("This order is now your answer.");
  }

  const current = Math.min(focus, order.length - 1);
  return (
    <fieldset disabled={disabled} className="min-w-0">
      <legend className={legendClass}>Put the items in order</legend>
      <p id={`${idPrefix}-order-help`} className="mb-2 text-xs text-slate-600 dark:text-slate-400">
        Keyboard: Space grabs an item, the arrow keys move it, Space drops it, Escape cancels. Or use the ↑ ↓ buttons,
        or Keep this order.
      </p>
      <ol className="flex flex-col gap-2">
        {order.map((id, index) => {
          const grabbed = held?.grabbed === index;
          return (
            <li
              key={id}
              data-grabbed={grabbed || undefined}
              className="flex min-w-0 items-center gap-2 rounded-md border border-slate-300 bg-white px-2 py-1 data-grabbed:border-brand-600 data-grabbed:bg-brand-50 data-grabbed:shadow-md dark:border-slate-600 dark:bg-slate-900 dark:data-grabbed:bg-slate-800"
            >
              <span aria-hidden="true" className="w-6 text-right font-mono text-sm text-slate-500 dark:text-slate-400">
                {index + 1}.
              </span>
              {/* The item itself: a toggle (pressed = grabbed) with the list's one Tab stop. */}
              <button
                type="button"
                ref={(el) => {
                  if (el) refs.current.set(id, el);
                  else refs.current.delete(id);
                }}
                data-ordering-item=""
                aria-pressed={grabbed}
                aria-describedby={`${idPrefix}-order-help`}
                tabIndex={index === current ? 0 : -1}
                onKeyDown={onKey}
                onFocus={() => setFocus(index)}
                className="min-w-0 flex-1 cursor-grab rounded px-1 py-1 text-left [overflow-wrap:anywhere] focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none"
              >
                <Markdown inline>{byId.get(id)!.text}</Markdown>
              </button>
              <span className="flex shrink-0 gap-1">
                <MoveButtons
                  label={label(id)}
                  first={index === 0}
                  last={index === order.length - 1}
                  onMove={(by) => move(index, by)}
                  tabbable={false}
                />
              </span>
            </li>
          );
        })}
      </ol>
      {/* aria-disabled rather than disabled once answered, so focus stays on it after use. */}
      <button
        type="button"
        tabIndex={-1}
        onClick={keep}
        aria-disabled={state.answered || undefined}
        className="mt-2 self-start rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50 aria-disabled:cursor-default aria-disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        {state.answered ? "This order is your answer" : "Keep this order"}
      </button>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}
