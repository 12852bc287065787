import { describe, expect, it } from "vitest";
import { questionLabel } from "@/components/decks/preview-label";

describe("questionLabel", () => {
  it("names a question by its number and the first words of its prompt, as plain text", () => {
    expect(questionLabel(3, "Which **kernel** feature limits a group's `memory` use, and how is it set?")).toBe(
      "Question 3: Which kernel feature limits a group's memory use,…",
    );
  });

  it("keeps a short prompt whole", () => {
    expect(questionLabel(1, "What is runc?")).toBe("Question 1: What is runc?");
  });
});
