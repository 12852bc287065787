"use client";
import { useState } from "react";
import { smallButtonClass } from "@/components/questions/input-shared";
import { TextField } from "@/components/ui/field";
import { row } from "@/components/authoring/editor/rows";
import {
  AddButton,
  Group,
  removeAt,
  RemoveButton,
  replaceAt,
  type TypeFieldsProps,
} from "@/components/authoring/editor/fields-shared";

export function OrderingFields({ d, set, errs }: TypeFieldsProps) {
  const [announcement, setAnnouncement] = useState("");
  function move(i: number, delta: -1 | 1) {
    const to = i + delta;
    const label = d.items[i].text.trim() || `Item ${i + 1}`;
    if (to < 0 || to >= d.items.length) {
      setAnnouncement(`${label} is already ${delta < 0 ? "first" : "last"}.`);
      return;
    }
    const items = [...d.items];
    [items[i], items[to]] = [items[to], items[i]];
    set({ items });
    setAnnouncement(`${label} moved to position ${to + 1} of ${items.length}.`);
  }
  return (
    <Group
      id="items"
      legend="Items, in the right order"
      hint="Write the items first to last. Learners see them shuffled."
      errors={errs("payload.items", true)}
    >
      <ol className="flex flex-col gap-2">
        {d.items.map((r, i) => (
          <li key={r.key} className="flex items-end gap-2">
            <TextField
              id={`item-${i}`}
              label={`Item ${i + 1}`}
              value={r.text}
              onChange={(e) => set({ items: replaceAt(d.items, i, { text: e.target.value }) })}
              errors={errs(`payload.items.${i}`)}
              className="flex-1"
            />
            <span className="mb-1 flex gap-1">
              <button
                type="button"
                className={smallButtonClass}
                aria-label={`Move item ${i + 1} up`}
                title="Move up"
                aria-disabled={i === 0 || undefined}
                onClick={() => move(i, -1)}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className={smallButtonClass}
                aria-label={`Move item ${i + 1} down`}
                title="Move down"
                aria-disabled={i === d.items.length - 1 || undefined}
                onClick={() => move(i, 1)}
              >
                <span aria-hidden="true">↓</span>
              </button>
              <RemoveButton what={`item ${i + 1}`} onClick={() => set({ items: removeAt(d.items, i) })} />
            </span>
          </li>
        ))}
      </ol>
      <AddButton onClick={() => set({ items: [...d.items, row()] })} disabled={d.items.length >= 10}>
        Add item
      </AddButton>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </Group>
  );
}
