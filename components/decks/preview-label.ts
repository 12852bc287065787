import { plainText } from "@/lib/markdown/plain-text";

const WORDS = 8;

/**
 * How a screen reader names a question on the deck page: its number in the deck and the
 * first words of its prompt ("Question 3: Which kernel feature limits…"), never its
 * internal id, which means nothing to a learner.
 */
export function questionLabel(number: number, prompt: string): string {
  const words = plainText(prompt).split(" ").filter(Boolean);
  const start = words.slice(0, WORDS).join(" ");
  return `Question ${number}: ${start}${words.length > WORDS ? "…" : ""}`;
}
