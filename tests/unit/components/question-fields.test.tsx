import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { emptyDraft, type Draft } from "@/components/authoring/editor/draft";
import { TypeFields } from "@/components/authoring/editor/type-fields";
import { AnswerReview } from "@/components/questions/answer-review";
import { MarkdownHtmlProvider } from "@/components/questions/markdown";
import { questionMarkdown } from "@/lib/markdown/collect";
import { markdownHtml } from "@/lib/markdown/render";
import type { PublicQuestion } from "@/lib/questions/types";

const errs = (key: string) => [`bad ${key}`];
const fields = (d: Draft) => renderToStaticMarkup(<TypeFields d={d} set={() => {}} errs={errs} />);

describe("question type editors", () => {
  it("numeric shows the fields of the chosen kind of answer, each tied to its own error", () => {
    const exact = fields(emptyDraft("numeric"));
    expect(exact).toContain('<label for="numeric-value" class="text-sm font-medium">Value</label>');
    expect(exact).toContain('aria-describedby="numeric-tolerance-error"');
    expect(exact).toContain("bad payload.tolerance");
    expect(exact).not.toContain("Minimum");
    const range = fields({ ...emptyDraft("numeric"), numericMode: "range" });
    expect(range).toContain('<label for="numeric-max" class="text-sm font-medium">Maximum</label>');
    expect(range).toContain('inputMode="decimal"');
    expect(range).not.toContain('for="numeric-value"');
  });

  it("true/false has one feedback field per answer and short answer one Remove per row", () => {
    const tf = fields(emptyDraft("truefalse"));
    expect(tf).toContain(
      'for="feedback-true" class="text-sm font-medium">Feedback for learners who answer True (optional)',
    );
    expect(tf).toContain(
      'for="feedback-false" class="text-sm font-medium">Feedback for learners who answer False (optional)',
    );
    const short = fields(emptyDraft("short"));
    expect(short).toContain('aria-label="Remove accepted answer 1"');
    expect(short).toContain("bad payload.accepted.0");
    expect(short).toContain("Add accepted answer");
  });
});

describe("answer review", () => {
  const question = (view: PublicQuestion["view"]): PublicQuestion => ({
    id: "q1",
    type: view.type,
    prompt: "P",
    section: null,
    view,
  });

  it("a one-value answer shows the learner's answer judged, then the right one", () => {
    const html = renderToStaticMarkup(
      <AnswerReview
        question={question({ type: "numeric" })}
        answer={{ value: 3 }}
        solution={{ type: "numeric", value: 4, unit: "s" }}
        result={{ correct: false, score: 0, feedback: [] }}
        explanation=""
      />,
    );
    expect(html).toContain("Your answer: </span>");
    expect(html).toContain("3 s (wrong)");
    expect(html).toContain("Correct answer: </span><strong>4 s</strong>");
  });

  it("an ordering answer is a table of positions with a verdict per row", () => {
    const items = [
      { id: "a", text: "First" },
      { id: "b", text: "Second" },
    ];
    const q = question({ type: "ordering", items });
    // With the server's HTML for the question's texts, as the pages render it.
    const html = renderToStaticMarkup(
      <MarkdownHtmlProvider html={markdownHtml(questionMarkdown(q))}>
        <AnswerReview
          question={q}
          answer={{ order: ["b", "a"] }}
          solution={{ type: "ordering", order: ["a", "b"] }}
          result={null}
          explanation=""
        />
      </MarkdownHtmlProvider>,
    );
    expect(html).toMatch(/<th scope="col"[^>]*>Position<\/th><th scope="col"[^>]*>Your order<\/th>/);
    expect(html.match(/Wrong place/g)).toHaveLength(2);
    expect(html).toMatch(/<th scope="row"[^>]*>1<\/th><td[^>]*><span class="prose-lw">Second<\/span>/);
  });
});
