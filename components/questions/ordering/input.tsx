"use client";
import { useState } from "react";
import type { Choice } from "@/lib/questions/types";
import { Markdown, plainText } from "../markdown";
import { keepOrder, moveItem, orderingState } from "./state";
import { legendClass, type InputProps } from "../input-shared";
import { MoveButtons } from "../move-buttons";

/**
 * A list with "Move up"/"Move down" buttons per item; moves are announced in a live region.
 * Showing the list answers nothing: the learner moves an item or presses "Keep this order".
 */
export function OrderingInput({ view, value, onChange, disabled, idPrefix }: InputProps<"ordering">) {
  const ids = view.items.map((c) => c.id);
  const state = orderingState(value, ids);
  const order = state.order;
  const byId = new Map<string, Choice>(view.items.map((c) => [c.id, c]));
  const [announcement, setAnnouncement] = useState("");

  function move(index: number, delta: -1 | 1) {
    const label = plainText(byId.get(order[index])?.text ?? "");
    if (disabled) return;
    const next = moveItem(state, index, delta);
    if (!next) {
      setAnnouncement(`${label} is already ${delta < 0 ? "first" : "last"}.`);
      return;
    }
    onChange(next);
    setAnnouncement(`${label} moved to position ${index + delta + 1} of ${order.length}.`);
  }

  function keep() {
    if (disabled || state.answered) return;
    onChange(keepOrder(state));
    setAnnouncement("This order is now your answer.");
  }

  return (
    <fieldset disabled={disabled} aria-describedby={`${idPrefix}-order-help`}>
      <legend className={legendClass}>Put the items in order</legend>
      <p id={`${idPrefix}-order-help`} className="mb-2 text-xs text-slate-600 dark:text-slate-400">
        Use the Move up and Move down buttons next to each item, or Keep this order to answer with the order shown.
      </p>
      <ol className="flex flex-col gap-2">
        {order.map((id, index) => {
          const item = byId.get(id)!;
          const label = plainText(item.text);
          const first = index === 0;
          const last = index === order.length - 1;
          return (
            <li
              key={id}
              className="flex items-center gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
            >
              <span aria-hidden="true" className="w-6 text-right font-mono text-sm text-slate-500 dark:text-slate-400">
                {index + 1}.
              </span>
              <Markdown inline className="flex-1">
                {item.text}
              </Markdown>
              <span className="flex gap-1">
                <MoveButtons label={label} first={first} last={last} onMove={(by) => move(index, by)} />
              </span>
            </li>
          );
        })}
      </ol>
      {/* aria-disabled rather than disabled once answered, so focus stays on it after use. */}
      <button
        type="button"
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
