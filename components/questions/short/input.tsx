"use client";
import { answerSchemas } from "@/lib/questions/answer-shapes";
import type { InputProps } from "../input-shared";
import { TextAnswer } from "../text-answer";

const labelClass = "text-sm font-medium text-slate-700 dark:text-slate-300";

export function ShortInput({ value, onChange, disabled, idPrefix }: InputProps<"short">) {
  const id = `${idPrefix}-short`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelClass}>
        Your answer
      </label>
      <TextAnswer
        id={id}
        value={answerSchemas.short.safeParse(value).data?.text ?? ""}
        onText={(text) => onChange({ text })}
        disabled={disabled}
        maxLength={500}
        className="max-w-md"
      />
    </div>
  );
}
