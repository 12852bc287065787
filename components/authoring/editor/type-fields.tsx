"use client";
import { ChoiceFields, TrueFalseFields } from "./choice-fields";
import type { TypeFieldsProps } from "./fields-shared";
import { MatchingFields, OrderingFields } from "./structure-fields";
import { ClozeFields, FlashcardFields, NumericFields, ShortFields } from "./text-fields";

export type { TypeFieldsProps } from "./fields-shared";

/** The fields of the draft's type: one editor per question type. */
export function TypeFields(props: TypeFieldsProps) {
  switch (props.d.type) {
    case "single":
    case "multiple":
      return <ChoiceFields {...props} />;
    case "truefalse":
      return <TrueFalseFields {...props} />;
    case "short":
      return <ShortFields {...props} />;
    case "numeric":
      return <NumericFields {...props} />;
    case "matching":
      return <MatchingFields {...props} />;
    case "ordering":
      return <OrderingFields {...props} />;
    case "cloze":
      return <ClozeFields {...props} />;
    case "flashcard":
      return <FlashcardFields {...props} />;
  }
}
