import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, MarkdownHtmlProvider } from "@/components/questions/markdown";
import { markdownHtml } from "@/lib/markdown/render";

const RICH = "Run `docker ps` **now**\n\n- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |";
const HOSTILE =
  'Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3)) <b onclick="x()">b</b>';

/** A <Markdown> under a provider holding the server's map for these strings, as the pages render it. */
const served = (text: string, inline = false) =>
  renderToStaticMarkup(
    <MarkdownHtmlProvider html={markdownHtml([[text, inline]])}>
      <Markdown inline={inline}>{text}</Markdown>
    </MarkdownHtmlProvider>,
  );

describe("Markdown rendering of prompts and explanations", () => {
  it("renders the server's HTML: code, emphasis, lists, tables", () => {
    const html = served(RICH);
    expect(html).toContain("<code>docker ps</code>");
    expect(html).toContain("<strong>now</strong>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<table>");
    expect(html).not.toContain("data-markdown-pending");
  });

  it("drops raw HTML, scripts, event handlers and javascript: links", () => {
    const html = served(HOSTILE);
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<img/i);
    expect(html).toContain("Hi");
  });

  it("inline text has no paragraph and sits in a span", () => {
    expect(served("*a*\n\nb", true)).toBe('<span class="prose-lw"><em>a</em>\nb</span>');
  });

  it("nested providers add to their parent's maps", () => {
    const html = renderToStaticMarkup(
      <MarkdownHtmlProvider html={markdownHtml([["*outer*", false]])}>
        <MarkdownHtmlProvider html={[null, markdownHtml([["*inner*", false]])]}>
          <Markdown>*outer*</Markdown>
          <Markdown>*inner*</Markdown>
        </MarkdownHtmlProvider>
      </MarkdownHtmlProvider>,
    );
    expect(html).toBe(
      '<div class="prose-lw"><p><em>outer</em></p></div><div class="prose-lw"><p><em>inner</em></p></div>',
    );
  });

  it("text the server sent no HTML for shows escaped until the pipeline loads, never as HTML", () => {
    const html = renderToStaticMarkup(<Markdown>{HOSTILE}</Markdown>);
    expect(html).toContain("data-markdown-pending");
    expect(html).not.toMatch(/<script|<img|<b /i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("blank text renders an empty element, not a pending one", () => {
    expect(renderToStaticMarkup(<Markdown>{"  "}</Markdown>)).toBe('<div class="prose-lw"></div>');
  });
});
