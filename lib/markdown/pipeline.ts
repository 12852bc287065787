import type { Element, ElementContent, Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/*
 * The one Markdown pipeline: GFM, no raw HTML (remark-rehype drops it, and rehype-sanitize with
 * GitHub's schema would drop it again), sanitized, serialised to an HTML string. The server runs
 * it for what learners see (lib/markdown/render.ts); the authoring preview loads it lazily for
 * text being typed, so both show the same HTML. Nothing here touches the server or the DOM.
 */

// Every link is nofollow noreferrer (set after sanitizing, which would otherwise keep an author's rel).
function linkRel() {
  return (tree: Root) => {
    const walk = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== "element") continue;
        if (child.tagName === "a") child.properties.rel = ["nofollow", "noreferrer"];
        walk(child);
      }
    };
    walk(tree);
  };
}

// Inline text (option labels, cloze segments, table cells) sits inside labels and sentences,
// where a <p> is invalid: every paragraph is replaced by its content.
function unwrapParagraphs() {
  return (tree: Root) => {
    const walk = (node: Root | Element) => {
      const out: ElementContent[] = [];
      for (const child of node.children as ElementContent[]) {
        if (child.type === "element") {
          walk(child);
          if (child.tagName === "p") {
            out.push(...child.children);
            continue;
          }
        }
        out.push(child);
      }
      node.children = out;
    };
    walk(tree);
  };
}

const base = () => unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(linkRel);
const BLOCK = base().use(rehypeStringify).freeze();
const INLINE = base().use(unwrapParagraphs).use(rehypeStringify).freeze();

/** Untrusted Markdown → sanitized HTML. `inline` leaves out paragraphs (for labels and sentences). */
export function markdownToHtml(text: string, inline: boolean): string {
  return String((inline ? INLINE : BLOCK).processSync(text));
}
