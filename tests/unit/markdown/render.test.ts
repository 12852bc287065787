import { describe, expect, it } from "vitest";
import { questionMarkdown } from "@/lib/markdown/collect";
import { markdownToHtml } from "@/lib/markdown/pipeline";
import { markdownHtml } from "@/lib/markdown/render";

// What the old client renderer (react-markdown 10 + remark-gfm + rehype-sanitize, links nofollow,
// inline unwrapping paragraphs) gave for each case, captured with renderToStaticMarkup before it
// was removed. [markdown, inline, react-markdown's HTML]
const BEFORE: [string, boolean, string][] = [
  ["a <script>alert(1)</script> b", false, "<p>a alert(1) b</p>"],
  ["a <script>alert(1)</script> b", true, "a alert(1) b"],
  ["<img src=x onerror=alert(1)>", false, ""],
  ["<img src=x onerror=alert(1)>", true, ""],
  ["[x](javascript:alert(1))", false, '<p><a rel="nofollow noreferrer">x</a></p>'],
  ["[x](javascript:alert(1))", true, '<a rel="nofollow noreferrer">x</a>'],
  ["![i](javascript:x)", false, '<p><img alt="i"/></p>'],
  ["![i](javascript:x)", true, '<img alt="i"/>'],
  [
    "![i](http://e.com/a.png)",
    false,
    '<link rel="preload" as="image" href="http://e.com/a.png"/><p><img src="http://e.com/a.png" alt="i"/></p>',
  ],
  [
    "![i](http://e.com/a.png)",
    true,
    '<link rel="preload" as="image" href="http://e.com/a.png"/><img src="http://e.com/a.png" alt="i"/>',
  ],
  ["[a](http://x.org)", false, '<p><a href="http://x.org" rel="nofollow noreferrer">a</a></p>'],
  ["[a](http://x.org)", true, '<a href="http://x.org" rel="nofollow noreferrer">a</a>'],
  ["~~s~~ **b** `c`", false, "<p><del>s</del> <strong>b</strong> <code>c</code></p>"],
  ["~~s~~ **b** `c`", true, "<del>s</del> <strong>b</strong> <code>c</code>"],
  ["[x](JAVASCRIPT:alert(1))", false, '<p><a rel="nofollow noreferrer">x</a></p>'],
  ["[x](JAVASCRIPT:alert(1))", true, '<a rel="nofollow noreferrer">x</a>'],
  ["[x](data:text/html,hi)", false, '<p><a rel="nofollow noreferrer">x</a></p>'],
  ["[x](data:text/html,hi)", true, '<a rel="nofollow noreferrer">x</a>'],
  ["[x](vbscript:msgbox)", false, '<p><a rel="nofollow noreferrer">x</a></p>'],
  ["[x](vbscript:msgbox)", true, '<a rel="nofollow noreferrer">x</a>'],
  ['<a href="javascript:x">y</a>', false, "<p>y</p>"],
  ['<a href="javascript:x">y</a>', true, "y"],
  ["<iframe src=x></iframe>", false, ""],
  ["<iframe src=x></iframe>", true, ""],
  ['[x](http://a.org "t" )', false, '<p><a href="http://a.org" title="t" rel="nofollow noreferrer">x</a></p>'],
  ['[x](http://a.org "t" )', true, '<a href="http://a.org" title="t" rel="nofollow noreferrer">x</a>'],
  [
    '![x](http://a/b.png "t onerror=x")',
    false,
    '<link rel="preload" as="image" href="http://a/b.png"/><p><img src="http://a/b.png" alt="x" title="t onerror=x"/></p>',
  ],
  [
    '![x](http://a/b.png "t onerror=x")',
    true,
    '<link rel="preload" as="image" href="http://a/b.png"/><img src="http://a/b.png" alt="x" title="t onerror=x"/>',
  ],
  ["<https://x.org>", false, '<p><a href="https://x.org" rel="nofollow noreferrer">https://x.org</a></p>'],
  ["<https://x.org>", true, '<a href="https://x.org" rel="nofollow noreferrer">https://x.org</a>'],
  ["www.example.com", false, '<p><a href="http://www.example.com" rel="nofollow noreferrer">www.example.com</a></p>'],
  ["www.example.com", true, '<a href="http://www.example.com" rel="nofollow noreferrer">www.example.com</a>'],
  [
    "| a | b |\n|---|---|\n| *c* | <b>d</b> |",
    false,
    "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td><em>c</em></td><td>d</td></tr></tbody></table>",
  ],
  [
    "| a | b |\n|---|---|\n| *c* | <b>d</b> |",
    true,
    "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td><em>c</em></td><td>d</td></tr></tbody></table>",
  ],
  ["# h1\n\n## h2", false, "<h1>h1</h1>\n<h2>h2</h2>"],
  ["# h1\n\n## h2", true, "<h1>h1</h1>\n<h2>h2</h2>"],
  ["```js\nalert(1)\n```", false, '<pre><code class="language-js">alert(1)\n</code></pre>'],
  ["```js\nalert(1)\n```", true, '<pre><code class="language-js">alert(1)\n</code></pre>'],
  ["a & b < c > d \" '", false, "<p>a &amp; b &lt; c &gt; d &quot; &#x27;</p>"],
  ["a & b < c > d \" '", true, "a &amp; b &lt; c &gt; d &quot; &#x27;"],
  ["[x](mailto:a@b.c)", false, '<p><a href="mailto:a@b.c" rel="nofollow noreferrer">x</a></p>'],
  ["[x](mailto:a@b.c)", true, '<a href="mailto:a@b.c" rel="nofollow noreferrer">x</a>'],
  ["<svg onload=alert(1)>", false, ""],
  ["<svg onload=alert(1)>", true, ""],
  ["`<script>`", false, "<p><code>&lt;script&gt;</code></p>"],
  ["`<script>`", true, "<code>&lt;script&gt;</code>"],
  [
    "> quote\n\n1. one\n2. two",
    false,
    "<blockquote>\n<p>quote</p>\n</blockquote>\n<ol>\n<li>one</li>\n<li>two</li>\n</ol>",
  ],
  ["> quote\n\n1. one\n2. two", true, "<blockquote>\nquote\n</blockquote>\n<ol>\n<li>one</li>\n<li>two</li>\n</ol>"],
  ["[x](#frag)", false, '<p><a href="#frag" rel="nofollow noreferrer">x</a></p>'],
  ["[x](#frag)", true, '<a href="#frag" rel="nofollow noreferrer">x</a>'],
  ["[x](/rel?a=1&b=2)", false, '<p><a href="/rel?a=1&amp;b=2" rel="nofollow noreferrer">x</a></p>'],
  ["[x](/rel?a=1&b=2)", true, '<a href="/rel?a=1&amp;b=2" rel="nofollow noreferrer">x</a>'],
  ['<div style="color:red">x</div>', false, ""],
  ['<div style="color:red">x</div>', true, ""],
  ["one\n\ntwo *x*", false, "<p>one</p>\n<p>two <em>x</em></p>"],
  ["one\n\ntwo *x*", true, "one\ntwo <em>x</em>"],
  ["\\<script\\>", false, "<p>&lt;script&gt;</p>"],
  ["\\<script\\>", true, "&lt;script&gt;"],
];

// React spells the same HTML differently: XHTML void tags, named entities, an image preload
// <link> of its own, no whitespace between table tags. Only the spelling is changed here.
const spelling = (html: string) =>
  html
    .replace(/<link rel="preload" as="image" href="[^"]*"\/>/g, "")
    .replaceAll("/>", ">")
    .replaceAll("&amp;", "&#x26;")
    .replaceAll("&lt;", "&#x3C;")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll(">\n<", "><");

describe("server Markdown rendering gives what the client renderer gave", () => {
  it.each(BEFORE)("%j (inline: %s)", (md, inline, before) => {
    expect(markdownToHtml(md, inline).replaceAll(">\n<", "><")).toBe(spelling(before));
  });

  it("nothing that runs script survives", () => {
    for (const [md, inline] of BEFORE) {
      const html = markdownToHtml(md, inline);
      expect(html).not.toMatch(/<(script|iframe|svg|style)|\son\w+="|javascript:|vbscript:|data:/i);
    }
  });

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
