"use client";
import { editorFor } from "@/components/questions/authoring-registry";
import type { TypeFieldsProps } from "./fields-shared";

export type { TypeFieldsProps } from "./fields-shared";

/** The fields of the draft's type: one editor per question type (components/questions/<type>/editor.tsx). */
export function TypeFields(props: TypeFieldsProps) {
  const { Editor } = editorFor(props.d.type);
  return <Editor {...props} />;
}
