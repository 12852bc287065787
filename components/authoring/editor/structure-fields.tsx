"use client";
import { useState } from "react";
import { smallButtonClass } from "@/components/questions/inputs/shared";
import { TextField } from "@/components/ui/field";
import { newKey } from "./draft";
import { addClass, Group, removeAt, removeClass, replaceAt, TextRows, type TypeFieldsProps } from "./fields-shared";

export function MatchingFields({ d, set, errs }: TypeFieldsProps) {
  return (
    <>
      <Group id="pairs" legend="Pairs" hint="Each left item matches its right item. Learners see the right side shuffled." errors={errs("payload.pairs", true)}>
        {d.pairs.map((p, i) => (
          <div key={p.key} className="flex flex-wrap items-end gap-2">
            <TextField id={`pair-${i}-left`} label={`Left ${i + 1}`} value={p.left} onChange={(e) => set({ pairs: replaceAt(d.pairs, i, { left: e.target.value }) })} errors={errs(`payload.pairs.${i}.left`)} className="min-w-40 flex-1" />
            <TextField id={`pair-${i}-right`} label={`Right ${i + 1}`} value={p.right} onChange={(e) => set({ pairs: replaceAt(d.pairs, i, { right: e.target.value }) })} errors={errs(`payload.pairs.${i}.right`)} className="min-w-40 flex-1" />
            <button type="button" className={`${removeClass} mb-1`} onClick={() => set({ pairs: removeAt(d.pairs, i) })} aria-label={`Remove pair ${i + 1}`}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" className={addClass} onClick={() => set({ pairs: [...d.pairs, { key: newKey(), left: "", right: "" }] })} disabled={d.pairs.length >= 10}>
          Add pair
        </button>
      </Group>
      <Group id="distractors" legend="Distractors (optional)" hint="Extra wrong answers shown on the right side." errors={errs("payload.distractors", true)}>
        <TextRows id="distractor" rows={d.distractors} label={(i) => `Distractor ${i + 1}`} onChange={(distractors) => set({ distractors })} errs={errs} errKey="payload.distractors" max={5} addLabel="Add distractor" />
      </Group>
    </>
  );
}

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
    <Group id="items" legend="Items, in the right order" hint="Write the items first to last. Learners see them shuffled." errors={errs("payload.items", true)}>
      <ol className="flex flex-col gap-2">
        {d.items.map((r, i) => (
          <li key={r.key} className="flex items-end gap-2">
            <TextField id={`item-${i}`} label={`Item ${i + 1}`} value={r.text} onChange={(e) => set({ items: replaceAt(d.items, i, { text: e.target.value }) })} errors={errs(`payload.items.${i}`)} className="flex-1" />
            <span className="mb-1 flex gap-1">
              <button type="button" className={smallButtonClass} aria-label={`Move item ${i + 1} up`} title="Move up" aria-disabled={i === 0 || undefined} onClick={() => move(i, -1)}>
                <span aria-hidden="true">↑</span>
              </button>
              <button type="button" className={smallButtonClass} aria-label={`Move item ${i + 1} down`} title="Move down" aria-disabled={i === d.items.length - 1 || undefined} onClick={() => move(i, 1)}>
                <span aria-hidden="true">↓</span>
              </button>
              <button type="button" className={removeClass} onClick={() => set({ items: removeAt(d.items, i) })} aria-label={`Remove item ${i + 1}`}>
                Remove
              </button>
            </span>
          </li>
        ))}
      </ol>
      <button type="button" className={addClass} onClick={() => set({ items: [...d.items, { key: newKey(), text: "" }] })} disabled={d.items.length >= 10}>
        Add item
      </button>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </Group>
  );
}
