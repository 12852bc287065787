import { z } from "zod";

/**
 * Sanitized HTML for the Markdown strings of a response, keyed by the Markdown text itself:
 * `block` for prompts, explanations and feedback, `inline` for options, items and cloze text.
 * Built on the server from the strings the response carries, and only those (lib/markdown/render.ts).
 */
export const markdownHtmlSchema = z
  .object({ block: z.record(z.string(), z.string()), inline: z.record(z.string(), z.string()) })
  .meta({ id: "MarkdownHtml", description: "Sanitized HTML of each Markdown string in this response, by its text." });
export type MarkdownHtml = z.infer<typeof markdownHtmlSchema>;
