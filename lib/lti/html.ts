import crypto from "node:crypto";

/**
 * The few LTI pages served by route handlers (launch errors, the new-window fallback, the Deep
 * Linking picker and its auto-submitting form). Each has its own strict CSP: nothing loads but
 * an inline stylesheet and (for the auto-submit) one nonce'd script, forms go only where they
 * must, and only the platform's origin may frame it.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PageOptions {
  status?: number;
  /** Origins allowed to frame the page; none → 'none'. */
  frameAncestors?: string | null;
  /** Where its forms may post ('self' by default). */
  formAction?: string;
  /** Inline script run on load (the auto-submit). */
  script?: string;
  headers?: HeadersInit;
}

const STYLE =
  "body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#0f172a}" +
  "button,a.button{font:inherit;padding:.5rem 1rem;border-radius:.375rem;border:1px solid #1e40af;background:#1d4ed8;color:#fff;text-decoration:none;display:inline-block;cursor:pointer}" +
  "fieldset{border:1px solid #cbd5e1;border-radius:.375rem;margin:1rem 0}label{display:block;padding:.25rem 0}";

export function htmlPage(title: string, body: string, opts: PageOptions = {}): Response {
  const nonce = crypto.randomBytes(16).toString("base64");
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    opts.script ? `script-src 'nonce-${nonce}'` : "script-src 'none'",
    `form-action ${opts.formAction ?? "'self'"}`,
    `frame-ancestors ${opts.frameAncestors ?? "'none'"}`,
    "base-uri 'none'",
  ].join("; ");
  const script = opts.script ? `<script nonce="${nonce}">${opts.script}</script>` : "";
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} · Layerwise</title><style nonce="${nonce}">${STYLE}</style></head><body><main>${body}</main>${script}</body></html>`;
  const headers = new Headers(opts.headers);
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Content-Security-Policy", csp);
  headers.set("Cache-Control", "no-store");
  headers.set("Referrer-Policy", "no-referrer");
  return new Response(html, { status: opts.status ?? 200, headers });
}

/** A refused launch: the reason in words, nothing else. */
export function errorPage(message: string, status: number, frameAncestors?: string | null): Response {
  return htmlPage(
    "Launch refused",
    `<h1>Layerwise could not open this launch</h1><p role="alert">${escapeHtml(message)}</p><p>Go back to your course and launch the activity again.</p>`,
    { status, frameAncestors: frameAncestors ?? "*" },
  );
}
