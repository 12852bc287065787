import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/questions/markdown";

describe("Markdown rendering of prompts and explanations", () => {
  it("renders Markdown: code, emphasis, lists, tables", () => {
    const html = renderToStaticMarkup(
      <Markdown>{"Run `docker ps` **now**\n\n- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |"}</Markdown>,
    );
    expect(html).toContain("<code>docker ps</code>");
    expect(html).toContain("<strong>now</strong>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<table>");
  });

  it("drops raw HTML, scripts, event handlers and javascript: links", () => {
    const html = renderToStaticMarkup(
      <Markdown>
        {
          'Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3)) <b onclick="x()">b</b>'
        }
      </Markdown>,
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<img/i);
    expect(html).toContain("Hi");
  });
});
