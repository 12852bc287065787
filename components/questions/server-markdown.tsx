import "server-only";
import { renderMarkdown } from "@/lib/markdown/render";

/** Markdown in a server component: the sanitized HTML rendered here, no lookup needed. */
export function ServerMarkdown({ children, className = "" }: { children: string; className?: string }) {
  return (
    <div
      className={`prose-lw ${className}`.trim()}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(children, false) }}
    />
  );
}
