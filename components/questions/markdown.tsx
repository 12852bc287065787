import type { ReactNode } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

// rehype-sanitize (GitHub's schema) drops raw HTML in the source and anything unsafe the
// Markdown itself could produce; react-markdown's default URL transform also empties
// javascript: and other unexpected protocols.
const REMARK = [remarkGfm];
const REHYPE = [rehypeSanitize];

const BLOCK: Components = {
  a: ({ node: _node, ...props }) => <a {...props} rel="nofollow noreferrer" />,
};

// Inline text (option labels, cloze segments, table cells) sits inside labels and sentences,
// where a <p> is invalid: unwrap paragraphs.
const INLINE: Components = {
  ...BLOCK,
  p: ({ children }) => <>{children}</>,
};

/**
 * Renders untrusted Markdown safely (GFM, no raw HTML, sanitized). Hook-free, so it works in
 * server and client components. `inline` renders into a <span> without paragraphs.
 */
export function Markdown({
  children,
  inline = false,
  className = "",
  id,
}: {
  children: string;
  inline?: boolean;
  className?: string;
  id?: string;
}): ReactNode {
  const md = (
    <ReactMarkdown remarkPlugins={REMARK} rehypePlugins={REHYPE} components={inline ? INLINE : BLOCK}>
      {children}
    </ReactMarkdown>
  );
  const cls = `prose-lw ${className}`.trim();
  return inline ? (
    <span id={id} className={cls}>
      {md}
    </span>
  ) : (
    <div id={id} className={cls}>
      {md}
    </div>
  );
}

/** Markdown reduced to plain text, for aria-labels, <option> labels and announcements. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|~~|`)(.+?)\1/g, "$2")
    .replace(/\*(\S(?:.*?\S)?)\*/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
