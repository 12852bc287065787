/**
 * Malformed percent-escapes in a path (scripts/bad-path.mjs): the API answers our 400 error shape
 * (the production server routes such a request to app/api/malformed-path), pages the not-found
 * page (the proxy rewrites them). Edge-safe: no Node or server imports.
 */
export { hasMalformedEscape } from "@/scripts/bad-path.mjs";

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
