"use client";
import { DraftField, Group, type TypeFieldsProps } from "@/components/authoring/editor/fields-shared";

// The two ways to give the right answer, each with its own pair of number fields.
const MODES = [
  {
    mode: "exact",
    label: "A value, with a tolerance",
    fields: [
      { field: "value", label: "Value" },
      { field: "tolerance", label: "Tolerance (±, optional)" },
    ],
  },
  {
    mode: "range",
    label: "A range",
    fields: [
      { field: "min", label: "Minimum" },
      { field: "max", label: "Maximum" },
    ],
  },
] as const;

export function NumericFields(form: TypeFieldsProps) {
  const { d, set, errs } = form;
  const numberFields = MODES.find((m) => m.mode === d.numericMode)?.fields ?? [];
  return (
    <Group id="numeric" legend="Right answer" errors={errs("payload", true)}>
      <div role="radiogroup" aria-label="Kind of answer" className="flex flex-wrap gap-4">
        {MODES.map(({ mode, label }) => (
          <label key={mode} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="numeric-mode"
              checked={d.numericMode === mode}
              onChange={() => set({ numericMode: mode })}
              className="size-4 accent-brand-600"
            />
            {label}
          </label>
        ))}
      </div>
      <div className="flex flex-wrap gap-3">
        {numberFields.map(({ field, label }) => (
          <DraftField
            key={field}
            form={form}
            field={field}
            id={`numeric-${field}`}
            errKey={`payload.${field}`}
            label={label}
            inputMode="decimal"
            autoComplete="off"
          />
        ))}
        <DraftField
          form={form}
          field="unit"
          id="numeric-unit"
          errKey="payload.unit"
          label="Unit (optional)"
          className="max-w-40"
        />
      </div>
    </Group>
  );
}
