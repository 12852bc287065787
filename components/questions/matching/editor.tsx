"use client";
import { TextField } from "@/components/ui/field";
import { pair } from "@/components/authoring/editor/rows";
import {
  AddButton,
  Group,
  removeAt,
  RemoveButton,
  replaceAt,
  TextRows,
  type TypeFieldsProps,
} from "@/components/authoring/editor/fields-shared";

export function MatchingFields({ d, set, errs }: TypeFieldsProps) {
  return (
    <>
      <Group
        id="pairs"
        legend="Pairs"
        hint="Each left item matches its right item. Learners see the right side shuffled."
        errors={errs("payload.pairs", true)}
      >
        {d.pairs.map((p, i) => (
          <div key={p.key} className="flex flex-wrap items-end gap-2">
            <TextField
              id={`pair-${i}-left`}
              label={`Left ${i + 1}`}
              value={p.left}
              onChange={(e) => set({ pairs: replaceAt(d.pairs, i, { left: e.target.value }) })}
              errors={errs(`payload.pairs.${i}.left`)}
              className="min-w-40 flex-1"
            />
            <TextField
              id={`pair-${i}-right`}
              label={`Right ${i + 1}`}
              value={p.right}
              onChange={(e) => set({ pairs: replaceAt(d.pairs, i, { right: e.target.value }) })}
              errors={errs(`payload.pairs.${i}.right`)}
              className="min-w-40 flex-1"
            />
            <RemoveButton
              what={`pair ${i + 1}`}
              onClick={() => set({ pairs: removeAt(d.pairs, i) })}
              className="mb-1"
            />
          </div>
        ))}
        <AddButton onClick={() => set({ pairs: [...d.pairs, pair()] })} disabled={d.pairs.length >= 10}>
          Add pair
        </AddButton>
      </Group>
      <Group
        id="distractors"
        legend="Distractors (optional)"
        hint="Extra wrong answers shown on the right side."
        errors={errs("payload.distractors", true)}
      >
        <TextRows
          id="distractor"
          rows={d.distractors}
          label={(i) => `Distractor ${i + 1}`}
          onChange={(distractors) => set({ distractors })}
          errs={errs}
          errKey="payload.distractors"
          max={5}
          addLabel="Add distractor"
        />
      </Group>
    </>
  );
}
