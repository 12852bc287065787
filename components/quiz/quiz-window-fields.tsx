import { TextField } from "@/components/ui/field";
import { toUtcInput } from "@/lib/quiz/format";

const ENDS = [
  { name: "opensAt", label: "Opens (UTC)", hint: "Empty: open now." },
  { name: "closesAt", label: "Closes (UTC)", hint: "Empty: never closes. An attempt ends at the close at the latest." },
] as const;

/** Open and close times (UTC; either may be left empty) for the quiz forms. */
export function QuizWindowFields({
  opensAt = null,
  closesAt = null,
  fields,
}: {
  opensAt?: string | null;
  closesAt?: string | null;
  fields: Partial<Record<string, string[]>>;
}) {
  const values = { opensAt, closesAt };
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {ENDS.map((end) => (
        <TextField
          key={end.name}
          label={end.label}
          name={end.name}
          type="datetime-local"
          defaultValue={toUtcInput(values[end.name])}
          hint={end.hint}
          errors={fields[end.name]}
        />
      ))}
    </div>
  );
}
