/**
 * Anki fields are HTML; our prompts are Markdown rendered through rehype-sanitize. Both ways go
 * through unified: HTML is parsed (parse5), sanitized with GitHub's schema (no scripts, styles,
 * event handlers or javascript: links) and turned into Markdown; Markdown out becomes
 * sanitized HTML. We store no media: images and [sound:…] tags are dropped and counted, so
 * the import report can say so.
 */
import type { Element, Root } from "hast";
import { toText } from "hast-util-to-text";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";

export interface MediaDropped {
  images: number;
  sounds: number;
}

// GitHub's schema unwraps unknown elements but keeps their text: <style> and <noscript> must go whole.
const SCHEMA = { ...defaultSchema, strip: [...(defaultSchema.strip ?? []), "style", "noscript", "template"] };

const SOUND = /\[sound:[^\]]*\]/g;

/** Removes <img> (and counts them) before sanitizing: we keep no media files for them to show. */
function dropImages(counter: MediaDropped) {
  return () => (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "img" || !parent || index === undefined) return;
      counter.images += 1;
      parent.children.splice(index, 1);
      return index;
    });
  };
}

/** A link whose href the sanitizer removed (javascript:, data:) keeps its text, not an empty []() link. */
function unwrapDeadLinks() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "a" || node.properties.href || !parent || index === undefined) return;
      parent.children.splice(index, 1, ...node.children);
      return index;
    });
  };
}

/** An Anki field (HTML) as safe Markdown; `dropped` counts the media left out. */
export function htmlToMarkdown(html: string, dropped: MediaDropped = { images: 0, sounds: 0 }): string {
  const withoutSound = html.replace(SOUND, () => {
    dropped.sounds += 1;
    return "";
  });
  const md = unified()
    .use(rehypeParse, { fragment: true })
    .use(dropImages(dropped))
    .use(rehypeSanitize, SCHEMA)
    .use(unwrapDeadLinks)
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: "-", emphasis: "*", strong: "*" })
    .processSync(withoutSound);
  return String(md).trim();
}

/** The visible text of an HTML snippet (for cloze answers and note type names). */
export function htmlToText(html: string): string {
  const tree = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeSanitize, SCHEMA)
    .runSync(unified().use(rehypeParse, { fragment: true }).parse(html.replace(SOUND, "")));
  return toText(tree).replace(/\s+/g, " ").trim();
}

/** Our Markdown as the sanitized HTML an Anki field holds. */
export function markdownToHtml(markdown: string): string {
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize)
    .use(rehypeStringify)
    .processSync(markdown);
  return String(html).trim();
}
