import { SelectField, TextField } from "@/components/ui/field";

/** The time-zone select of the settings and welcome forms. */
export function TimeZoneField({
  zones,
  defaultValue,
  errors,
}: {
  zones: string[];
  defaultValue: string;
  errors?: string[];
}) {
  return (
    <SelectField
      label="Time zone"
      name="timeZone"
      defaultValue={defaultValue}
      hint="Your study day starts at 04:00 in this zone."
      errors={errors}
    >
      {zones.map((z) => (
        <option key={z}>{z}</option>
      ))}
    </SelectField>
  );
}

const LIMITS = {
  newCardsPerDay: { label: "New cards per day", min: 0, max: 1000 },
  reviewsPerDay: { label: "Reviews per day (maximum)", min: 1, max: 10000 },
} as const;

/** A daily limit, bounded as lib/srs/schemas.ts bounds it (the server checks again). */
export function LimitField({
  name,
  defaultValue,
  errors,
}: {
  name: keyof typeof LIMITS;
  defaultValue: number;
  errors?: string[];
}) {
  const { label, min, max } = LIMITS[name];
  return (
    <TextField
      label={label}
      name={name}
      type="number"
      min={min}
      max={max}
      defaultValue={defaultValue}
      errors={errors}
    />
  );
}
