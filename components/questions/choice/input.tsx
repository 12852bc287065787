"use client";
import { answerSchemas } from "@/lib/questions/answer-shapes";
import { Markdown } from "../markdown";
import { checkClass, legendClass, optionClass, type InputProps } from "../input-shared";

/** Single choice (native radios) or multiple choice (checkboxes); arrow keys and Space work natively. */
export function ChoiceInput({ view, value, onChange, disabled, idPrefix }: InputProps<"single" | "multiple">) {
  const multiple = view.type === "multiple";
  const chosen = multiple
    ? (answerSchemas.multiple.safeParse(value).data?.choices ?? [])
    : [answerSchemas.single.safeParse(value).data?.choice].filter((c): c is string => !!c);

  function toggle(id: string, checked: boolean) {
    if (!multiple) {
      onChange({ choice: id });
      return;
    }
    const next = new Set(chosen);
    if (checked) next.add(id);
    else next.delete(id);
    // Displayed order, so the emitted answer does not depend on click order.
    onChange({ choices: view.options.map((o) => o.id).filter((o) => next.has(o)) });
  }

  return (
    <fieldset disabled={disabled} className="flex flex-col gap-2">
      <legend className={legendClass}>{multiple ? "Choose all that apply" : "Choose one answer"}</legend>
      {view.options.map((o) => (
        <label key={o.id} className={optionClass}>
          <input
            type={multiple ? "checkbox" : "radio"}
            name={`${idPrefix}-choice`}
            value={o.id}
            checked={chosen.includes(o.id)}
            onChange={(e) => toggle(o.id, e.currentTarget.checked)}
            className={checkClass}
          />
          <Markdown inline>{o.text}</Markdown>
        </label>
      ))}
    </fieldset>
  );
}
