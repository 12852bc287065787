"use client";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { MarkdownHtml } from "@/lib/markdown/schemas";

type Lookup = (text: string, inline: boolean) => string | undefined;
const MarkdownHtmlContext = createContext<Lookup>(() => undefined);

/**
 * Supplies the server's sanitized HTML (lib/markdown/render.ts) to every <Markdown> below it.
 * Nested providers add to their parent's maps.
 */
export function MarkdownHtmlProvider({
  html,
  children,
}: {
  html: MarkdownHtml | null | undefined | (MarkdownHtml | null | undefined)[];
  children: ReactNode;
}) {
  const parent = useContext(MarkdownHtmlContext);
  const maps = (Array.isArray(html) ? html : [html]).filter((m): m is MarkdownHtml => !!m);
  const lookup: Lookup = (text, inline) => {
    for (const m of maps) {
      const into = inline ? m.inline : m.block;
      if (Object.hasOwn(into, text)) return into[text];
    }
    return parent(text, inline);
  };
  return <MarkdownHtmlContext.Provider value={lookup}>{children}</MarkdownHtmlContext.Provider>;
}

/** Renders text the server sent no HTML for (the editor's preview of text being typed): the pipeline loads on use. */
function useLazyHtml(text: string, inline: boolean, skip: boolean): string | undefined {
  const [done, setDone] = useState<{ key: string; html: string } | null>(null);
  const key = `${inline ? "i" : "b"}${text}`;
  useEffect(() => {
    if (skip) return;
    let live = true;
    void import("@/lib/markdown/pipeline").then(({ markdownToHtml }) => {
      if (live) setDone({ key, html: markdownToHtml(text, inline) });
    });
    return () => {
      live = false;
    };
  }, [key, text, inline, skip]);
  return done?.key === key ? done.html : undefined;
}

/**
 * Untrusted Markdown shown safely (GFM, no raw HTML, sanitized with GitHub's schema, links
 * nofollow): the HTML is the server's, looked up by text in the nearest MarkdownHtmlProvider,
 * so learner pages ship no Markdown parser. `inline` renders into a <span> without paragraphs.
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
  const blank = !children.trim();
  const served = useContext(MarkdownHtmlContext)(children, inline);
  const lazy = useLazyHtml(children, inline, served !== undefined || blank);
  const html = served ?? lazy;
  const cls = `prose-lw ${className}`.trim();
  const Tag = inline ? "span" : "div";
  if (blank) return <Tag id={id} className={cls} />;
  // Sanitized by lib/markdown/pipeline.ts (rehype-sanitize, GitHub's schema) before it gets here.
  if (html !== undefined) return <Tag id={id} className={cls} dangerouslySetInnerHTML={{ __html: html }} />;
  // Until the lazy pipeline is loaded: the text itself, escaped by React.
  return (
    <Tag id={id} className={cls} data-markdown-pending="">
      {children}
    </Tag>
  );
}
