import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AnswerReview, type AnswerReviewProps } from "@/components/questions/answer-review";
import type { PublicQuestion } from "@/lib/questions/types";

const flashcard: PublicQuestion = {
  id: "f",
  type: "flashcard",
  prompt: "What does runc do?",
  section: null,
  view: { type: "flashcard" },
};
const single: PublicQuestion = {
  id: "s",
  type: "single",
  prompt: "Pick one",
  section: null,
  view: {
    type: "single",
    options: [
      { id: "o1", text: "one" },
      { id: "o2", text: "two" },
    ],
  },
};
const unjudged = { correct: null, score: 0, feedback: [] };

describe("the verdict after a reveal", () => {
  it("a flashcard revealed in study shows its back neutrally: no ✗, no “Not yet”", () => {
    const html = renderToStaticMarkup(
      <AnswerReview
        question={flashcard}
        answer={undefined}
        solution={{ type: "flashcard", back: "Creates the container" }}
        result={unjudged}
        explanation=""
      />,
    );
    expect(html).toContain("Creates the container");
    expect(html).toContain("Answer shown");
    expect(html).not.toMatch(/✗|Not yet|Incorrect/);
  });

  it("“Show answer” without an answer is neutral too; a submitted wrong answer still says Incorrect", () => {
    const props = {
      question: single,
      solution: { type: "single", correct: "o1", feedback: {} },
      explanation: "",
    } as Omit<AnswerReviewProps, "answer" | "result">;
    const shown = renderToStaticMarkup(<AnswerReview {...props} answer={undefined} result={unjudged} />);
    expect(shown).toMatch(/role="status"[^>]*>.*Answer shown/);
    expect(shown).not.toMatch(/Incorrect|Not yet/);
    const wrong = renderToStaticMarkup(
      <AnswerReview {...props} answer={{ choice: "o2" }} result={{ correct: false, score: 0, feedback: [] }} />,
    );
    expect(wrong).toContain("Incorrect");
  });

  it("a quiz flashcard the learner marked as not known still says so", () => {
    const html = renderToStaticMarkup(
      <AnswerReview
        question={flashcard}
        answer={{ knew: false }}
        solution={{ type: "flashcard", back: "B" }}
        result={unjudged}
        explanation=""
      />,
    );
    expect(html).toContain("Not yet");
  });

  it("the verdict takes focus when given an id (the study screen moves focus there)", () => {
    const html = renderToStaticMarkup(
      <AnswerReview
        question={flashcard}
        answer={undefined}
        solution={{ type: "flashcard", back: "B" }}
        result={unjudged}
        explanation=""
        verdictId="verdict"
      />,
    );
    expect(html).toMatch(/<p role="status" id="verdict" tabindex="-1"/);
  });
});
