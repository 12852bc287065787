"use client";
import { answerSchemas } from "@/lib/questions/answer-shapes";
import { checkClass, legendClass, optionClass, type InputProps } from "../input-shared";

export function TrueFalseInput({ value, onChange, disabled, idPrefix }: InputProps<"truefalse">) {
  const current = answerSchemas.truefalse.safeParse(value).data?.value;
  return (
    <fieldset disabled={disabled} className="flex flex-col gap-2 sm:flex-row">
      <legend className={legendClass}>True or false?</legend>
      {([true, false] as const).map((v) => (
        <label key={String(v)} className={`${optionClass} sm:min-w-32`}>
          <input
            type="radio"
            name={`${idPrefix}-tf`}
            value={String(v)}
            checked={current === v}
            onChange={() => onChange({ value: v })}
            className={checkClass}
          />
          <span>{v ? "True" : "False"}</span>
        </label>
      ))}
    </fieldset>
  );
}
