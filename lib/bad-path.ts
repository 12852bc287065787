/**
 * A path whose percent-escapes do not decode as UTF-8 (/decks/%FF, /api/v1/decks/%E0%A4) names
 * nothing, but Next's own route matching throws on it and answers 500. The proxy (proxy.ts)
 * catches it first: the API answers our 400 error shape, pages the not-found page. Edge-safe:
 * no Node or server imports.
 */
export function hasMalformedEscape(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

/** Where the proxy rewrites a page request with a malformed path: no route matches it, so the not-found page renders with a 404. */
export const NOT_FOUND_PATH = "/_layerwise-not-found";

export function badPathApiResponse(): Response {
  return Response.json(
    {
      error: {
        code: "BAD_REQUEST",
        message: "The URL is not valid: a path segment is not properly percent-encoded.",
        fields: { path: ["Not valid percent-encoding (UTF-8)"] },
      },
    },
    { status: 400 },
  );
}
