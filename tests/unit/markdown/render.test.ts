import { describe, expect, it } from "vitest";
import { questionMarkdown } from "@/lib/markdown/collect";
import { markdownToHtml } from "@/lib/markdown/pipeline";
import { markdownHtml } from "@/lib/markdown/render";

// Expected HTML is what the react-markdown renderer gave before (compared over every curriculum
// string: the same elements, attributes and text; only entity spelling and void-tag syntax differ).
describe("server Markdown rendering stays safe", () => {
  it.each([
    ["a <script>alert(1)</script> b", "<p>a alert(1) b</p>"],
    ["<img src=x onerror=alert(1)>", ""],
    ["[x](javascript:alert(1))", '<p><a rel="nofollow noreferrer">x</a></p>'],
    ["![i](javascript:x)", '<p><img alt="i"></p>'],
    ["![i](http://e.com/a.png)", '<p><img src="http://e.com/a.png" alt="i"></p>'],
    ["[a](http://x.org)", '<p><a href="http://x.org" rel="nofollow noreferrer">a</a></p>'],
    ["~~s~~ **b** `c`", "<p><del>s</del> <strong>b</strong> <code>c</code></p>"],
  ])("%s", (md, html) => expect(markdownToHtml(md, false)).toBe(html));

  it("inline mode unwraps paragraphs", () => {
    expect(markdownToHtml("one\n\ntwo *x*", true)).toBe("one\ntwo <em>x</em>");
  });

  it("a question's map holds its prompt and view texts only, never its explanation", () => {
    const map = markdownHtml(
      questionMarkdown({
        id: "q",
        type: "single",
        prompt: "Pick *one*",
        section: null,
        view: { type: "single", options: [{ id: "o1", text: "`a`" }] },
      }),
    );
    expect(map).toEqual({ block: { "Pick *one*": "<p>Pick <em>one</em></p>" }, inline: { "`a`": "<code>a</code>" } });
  });
});
