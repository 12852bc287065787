import { TextField } from "@/components/ui/field";
import { toUtcInput } from "@/lib/quiz/format";

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
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField
        label="Opens (UTC)"
        name="opensAt"
        type="datetime-local"
        defaultValue={toUtcInput(opensAt)}
        hint="Empty: open now."
        errors={fields.opensAt}
      />
      <TextField
        label="Closes (UTC)"
        name="closesAt"
        type="datetime-local"
        defaultValue={toUtcInput(closesAt)}
        hint="Empty: never closes. An attempt ends at the close at the latest."
        errors={fields.closesAt}
      />
    </div>
  );
}
