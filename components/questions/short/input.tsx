"use client";
import { answerSchemas } from "@/lib/questions/schemas";
import { textInputClass, type InputProps } from "../input-shared";

const labelClass = "text-sm font-medium text-slate-700 dark:text-slate-300";

export function ShortInput({ value, onChange, disabled, idPrefix }: InputProps<"short">) {
  const id = `${idPrefix}-short`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelClass}>
        Your answer
      </label>
      <input
        id={id}
        type="text"
        value={answerSchemas.short.safeParse(value).data?.text ?? ""}
        onChange={(e) => onChange({ text: e.currentTarget.value })}
        disabled={disabled}
        maxLength={500}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        className={`${textInputClass} max-w-md`}
      />
    </div>
  );
}
