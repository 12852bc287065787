"use client";
import type { InputHTMLAttributes } from "react";
import { textInputClass } from "./input-shared";

/**
 * A typed-answer box. Browser help is off: autocomplete would offer earlier answers, and
 * autocapitalise, autocorrect and spellcheck would change or judge what the learner wrote.
 */
export function TextAnswer({
  onText,
  className,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "type"> & { onText: (text: string) => void }) {
  return (
    <input
      type="text"
      {...props}
      onChange={(e) => onText(e.currentTarget.value)}
      autoComplete="off"
      autoCapitalize="off"
      autoCorrect="off"
      spellCheck={false}
      className={className ? `${textInputClass} ${className}` : textInputClass}
    />
  );
}
