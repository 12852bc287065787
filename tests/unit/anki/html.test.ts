import { describe, expect, it } from "vitest";
import { htmlToMarkdown, markdownToHtml } from "@/lib/anki/html";

describe("Anki HTML made safe", () => {
  it.each([
    ["<script>alert(1)</script>Docker", "Docker"],
    ['<img src="x" onerror="alert(1)">Docker', "Docker"],
    ['<a href="javascript:alert(1)">click</a>', "click"],
    ['<span onclick="steal()" style="color:red">red</span>', "red"],
    ["<style>.card { display: none }</style>shown", "shown"],
    ['<iframe src="https://evil.example"></iframe>text', "text"],
    ["<b>bold</b> and <i>italic</i>", "**bold** and *italic*"],
    ["line one<br>line two", "line one\\\nline two"],
    ["<ul><li>one</li><li>two</li></ul>", "- one\n- two"],
    ['<a href="https://docs.docker.com">docs</a>', "[docs](https://docs.docker.com)"],
    ["a &lt;b&gt; &amp; c", "a \\<b> & c"],
    ["[sound:hello.mp3]Hello", "Hello"],
  ])("%s → %s", (html, md) => {
    expect(htmlToMarkdown(html)).toBe(md);
  });

  it("counts the media it drops", () => {
    const dropped = { images: 0, sounds: 0 };
    htmlToMarkdown('<img src="a.png"> [sound:a.mp3] <img src="b.png">', dropped);
    expect(dropped).toEqual({ images: 2, sounds: 1 });
  });

  it("writes our Markdown as sanitized HTML (raw HTML in the Markdown is dropped)", () => {
    expect(markdownToHtml("**Bold** `code`\n\n<script>alert(1)</script>")).toBe(
      "<p><strong>Bold</strong> <code>code</code></p>",
    );
  });
});
