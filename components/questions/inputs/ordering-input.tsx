"use client";
import { useEffect, useRef, useState } from "react";
import { answerSchemas } from "@/lib/questions/schemas";
import type { Choice } from "@/lib/questions/types";
import { Markdown, plainText } from "../markdown";
import { legendClass, smallButtonClass, type InputProps } from "./shared";

function validOrder(value: unknown, ids: string[]): string[] | undefined {
  const order = answerSchemas.ordering.safeParse(value).data?.order;
  if (!order || order.length !== ids.length || new Set(order).size !== ids.length) return undefined;
  return order.every((id) => ids.includes(id)) ? order : undefined;
}

/**
 * A list with "Move up"/"Move down" buttons per item; moves are announced in a live region.
 * Emits the displayed order on mount so the learner can submit without moving anything.
 */
export function OrderingInput({ view, value, onChange, disabled, idPrefix }: InputProps<"ordering">) {
  const ids = view.items.map((c) => c.id);
  const current = validOrder(value, ids);
  const order = current ?? ids;
  const byId = new Map<string, Choice>(view.items.map((c) => [c.id, c]));
  const [announcement, setAnnouncement] = useState("");

  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const idsKey = ids.join(",");
  const needsInitial = current === undefined;
  useEffect(() => {
    if (needsInitial) onChangeRef.current({ order: idsKey.split(",") });
  }, [needsInitial, idsKey]);

  function move(index: number, delta: -1 | 1) {
    const label = plainText(byId.get(order[index])?.text ?? "");
    const to = index + delta;
    if (disabled) return;
    if (to < 0 || to >= order.length) {
      setAnnouncement(`${label} is already ${delta < 0 ? "first" : "last"}.`);
      return;
    }
    const next = [...order];
    [next[index], next[to]] = [next[to], next[index]];
    onChange({ order: next });
    setAnnouncement(`${label} moved to position ${to + 1} of ${order.length}.`);
  }

  return (
    <fieldset disabled={disabled} aria-describedby={`${idPrefix}-order-help`}>
      <legend className={legendClass}>Put the items in order</legend>
      <p id={`${idPrefix}-order-help`} className="mb-2 text-xs text-slate-600 dark:text-slate-400">
        Use the Move up and Move down buttons next to each item.
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
                {/* aria-disabled rather than disabled at the ends, so focus stays on the button that was just used. */}
                <button
                  type="button"
                  aria-label={`Move up: ${label}`}
                  title="Move up"
                  aria-disabled={first || undefined}
                  onClick={() => move(index, -1)}
                  className={smallButtonClass}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  aria-label={`Move down: ${label}`}
                  title="Move down"
                  aria-disabled={last || undefined}
                  onClick={() => move(index, 1)}
                  className={smallButtonClass}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}
