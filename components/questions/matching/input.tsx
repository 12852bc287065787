"use client";
import { answerSchemas } from "@/lib/questions/answer-shapes";
import { plainText } from "@/lib/markdown/plain-text";
import { Markdown } from "../markdown";
import { legendClass, textInputClass, type InputProps } from "../input-shared";

/** One native <select> per left item, labelled by it; "Choose…" leaves the item unmatched. */
export function MatchingInput({ view, value, onChange, disabled, idPrefix }: InputProps<"matching">) {
  const matches = answerSchemas.matching.safeParse(value).data?.matches ?? {};

  function pick(leftId: string, rightId: string) {
    const next = rightId
      ? { ...matches, [leftId]: rightId }
      : Object.fromEntries(Object.entries(matches).filter(([id]) => id !== leftId));
    onChange({ matches: next });
  }

  return (
    <fieldset disabled={disabled} className="flex min-w-0 flex-col gap-3">
      <legend className={legendClass}>Match each item with one answer from its list</legend>
      {view.lefts.map((left, i) => {
        const id = `${idPrefix}-match-${i}`;
        return (
          <div key={left.id} className="grid min-w-0 grid-cols-1 items-center gap-1 sm:grid-cols-2 sm:gap-4">
            <label htmlFor={id} className="min-w-0 font-medium [overflow-wrap:anywhere]">
              <Markdown inline>{left.text}</Markdown>
            </label>
            <select
              id={id}
              value={matches[left.id] ?? ""}
              onChange={(e) => pick(left.id, e.currentTarget.value)}
              // A select is as wide as its longest option unless told otherwise: that widened phones.
              className={`${textInputClass} w-full min-w-0 max-w-full`}
            >
              <option value="">Choose…</option>
              {view.rights.map((right) => (
                <option key={right.id} value={right.id}>
                  {plainText(right.text)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
