import { num, str, toNumber, withText } from "@/components/authoring/editor/rows";
import { zodFieldErrors } from "@/lib/errors";
import { numericPayloadSchema } from "@/components/authoring/editor/loaded-schemas";
import type { DraftPiece } from "../module";

export interface NumericDraft {
  numericMode: "exact" | "range";
  value: string;
  tolerance: string;
  min: string;
  max: string;
  unit: string;
}

export const numericDraft: DraftPiece<NumericDraft> = {
  empty: () => ({ numericMode: "exact", value: "", tolerance: "", min: "", max: "", unit: "" }),
  read: (p) => ({
    numericMode: "min" in p ? "range" : "exact",
    value: num(p.value),
    tolerance: num(p.tolerance),
    min: num(p.min),
    max: num(p.max),
    unit: str(p.unit),
  }),
  payload(d) {
    const unit = withText("unit", d.unit);
    if (d.numericMode === "range") return { min: toNumber(d.min), max: toNumber(d.max), ...unit };
    const tolerance = toNumber(d.tolerance);
    return { value: toNumber(d.value), ...(tolerance === undefined ? {} : { tolerance }), ...unit };
  },
  // The payload is a union (value/tolerance or min/max), whose own error says only "give one or
  // the other"; the chosen branch is checked too, so each field gets its own message.
  refineErrors(d, payload, fields) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- fields holds only the paths that failed; the record type cannot say a key may be absent.
    if (!fields.payload) return;
    const branch = numericPayloadSchema.options[d.numericMode === "exact" ? 0 : 1];
    const detail = branch.safeParse(payload);
    if (!detail.success) {
      delete fields.payload;
      Object.assign(fields, zodFieldErrors(detail.error, "payload"));
    }
  },
};
