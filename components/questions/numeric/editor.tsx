"use client";
import { TextField } from "@/components/ui/field";
import { Group, type TypeFieldsProps } from "@/components/authoring/editor/fields-shared";

export function NumericFields({ d, set, errs }: TypeFieldsProps) {
  const numberProps = { inputMode: "decimal" as const, autoComplete: "off" };
  return (
    <Group id="numeric" legend="Right answer" errors={errs("payload", true)}>
      <div role="radiogroup" aria-label="Kind of answer" className="flex flex-wrap gap-4">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="numeric-mode"
            checked={d.numericMode === "exact"}
            onChange={() => set({ numericMode: "exact" })}
            className="size-4 accent-brand-600"
          />
          A value, with a tolerance
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="numeric-mode"
            checked={d.numericMode === "range"}
            onChange={() => set({ numericMode: "range" })}
            className="size-4 accent-brand-600"
          />
          A range
        </label>
      </div>
      <div className="flex flex-wrap gap-3">
        {d.numericMode === "exact" ? (
          <>
            <TextField
              id="numeric-value"
              label="Value"
              value={d.value}
              onChange={(e) => set({ value: e.target.value })}
              errors={errs("payload.value")}
              {...numberProps}
            />
            <TextField
              id="numeric-tolerance"
              label="Tolerance (±, optional)"
              value={d.tolerance}
              onChange={(e) => set({ tolerance: e.target.value })}
              errors={errs("payload.tolerance")}
              {...numberProps}
            />
          </>
        ) : (
          <>
            <TextField
              id="numeric-min"
              label="Minimum"
              value={d.min}
              onChange={(e) => set({ min: e.target.value })}
              errors={errs("payload.min")}
              {...numberProps}
            />
            <TextField
              id="numeric-max"
              label="Maximum"
              value={d.max}
              onChange={(e) => set({ max: e.target.value })}
              errors={errs("payload.max")}
              {...numberProps}
            />
          </>
        )}
        <TextField
          id="numeric-unit"
          label="Unit (optional)"
          value={d.unit}
          onChange={(e) => set({ unit: e.target.value })}
          errors={errs("payload.unit")}
          className="max-w-40"
        />
      </div>
    </Group>
  );
}
