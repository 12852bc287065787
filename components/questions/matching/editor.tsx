"use client";
import { TextField } from "@/components/ui/field";
import { pair } from "@/components/authoring/editor/rows";
import {
  Group,
  RemoveButton,
  RowList,
  TextRows,
  type TypeFieldsProps,
} from "@/components/authoring/editor/fields-shared";

const SIDES = [
  { side: "left", word: "Left" },
  { side: "right", word: "Right" },
] as const;

export function MatchingFields(form: TypeFieldsProps) {
  const { d, set, errs } = form;
  return (
    <>
      <Group
        id="pairs"
        legend="Pairs"
        hint="Each left item matches its right item. Learners see the right side shuffled."
        errors={errs("payload.pairs", true)}
      >
        <RowList
          rows={d.pairs}
          onChange={(pairs) => set({ pairs })}
          make={pair}
          max={10}
          addLabel="Add pair"
          rowClass="flex flex-wrap items-end gap-2"
        >
          {(p, i, { edit, remove }) => (
            <>
              {SIDES.map(({ side, word }) => (
                <TextField
                  key={side}
                  id={`pair-${i}-${side}`}
                  label={`${word} ${i + 1}`}
                  value={p[side]}
                  onChange={(e) => edit({ [side]: e.target.value })}
                  errors={errs(`payload.pairs.${i}.${side}`)}
                  className="min-w-40 flex-1"
                />
              ))}
              <RemoveButton what={`pair ${i + 1}`} onClick={remove} className="mb-1" />
            </>
          )}
        </RowList>
      </Group>
      <TextRows
        form={form}
        field="distractors"
        legend="Distractors (optional)"
        hint="Extra wrong answers shown on the right side."
        rowId="distractor"
        rowLabel="Distractor"
        max={5}
        addLabel="Add distractor"
      />
    </>
  );
}
