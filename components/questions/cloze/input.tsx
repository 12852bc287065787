"use client";
import { answerSchemas } from "@/lib/questions/answer-shapes";
import { Markdown } from "../markdown";
import type { InputProps } from "../input-shared";
import { TextAnswer } from "../text-answer";

/** The cloze text with one inline text input per blank ("Blank 1", "Blank 2", …). */
export function ClozeInput({ view, value, onChange, disabled, idPrefix }: InputProps<"cloze">) {
  const given = answerSchemas.cloze.safeParse(value).data?.blanks ?? [];
  const blanks = Array.from({ length: view.blanks }, (_, i) => given[i] ?? "");

  function type(index: number, text: string) {
    const next = [...blanks];
    next[index] = text;
    onChange({ blanks: next });
  }

  return (
    <div className="leading-loose">
      {view.segments.map((seg, i) =>
        "blank" in seg ? (
          <TextAnswer
            key={`b${seg.blank}`}
            id={`${idPrefix}-blank-${seg.blank}`}
            aria-label={`Blank ${seg.blank}`}
            value={blanks[seg.blank - 1] ?? ""}
            onText={(text) => type(seg.blank - 1, text)}
            disabled={disabled}
            maxLength={200}
            className="mx-1 inline-block w-40 px-2 py-1"
          />
        ) : (
          <Markdown key={`t${i}`} inline>
            {seg.text}
          </Markdown>
        ),
      )}
    </div>
  );
}
