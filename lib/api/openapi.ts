import { createDocument } from "zod-openapi";
import { errorBodySchema } from "@/lib/error-response";
import type { AnyEndpoint, Endpoint } from "./endpoint";
import { ALL_ENDPOINTS } from "./endpoints";

const ERROR_TEXT: Record<number, string> = {
  400: "Bad input: the message and `fields` say what to fix",
  401: "Not signed in",
  403: "Signed in without the needed role or ownership",
  404: "Not found (or not yours)",
  409: "Conflict with the current state",
  413: "Body too large",
  422: "Well-formed but not possible now",
  429: "Too many requests; see Retry-After",
};

// Read through the unparameterised contract, so each schema is a ZodType rather than any.
function operation(ep: Endpoint) {
  const statuses = new Set([400, ...(ep.access === "public" ? [] : [401, 403]), ...(ep.errors ?? [])]);
  const responses: Record<string, unknown> = {
    [String(ep.status ?? 200)]: { description: "Success", content: { "application/json": { schema: ep.response } } },
  };
  for (const s of [...statuses].sort()) {
    responses[String(s)] = {
      description: ERROR_TEXT[s] ?? "Error",
      content: { "application/json": { schema: errorBodySchema } },
    };
  }
  return {
    summary: ep.summary,
    tags: [ep.tag],
    ...(ep.access === "public" ? { security: [] } : {}),
    ...(ep.params || ep.query
      ? { requestParams: { ...(ep.params ? { path: ep.params } : {}), ...(ep.query ? { query: ep.query } : {}) } }
      : {}),
    ...(ep.body ? { requestBody: { required: true, content: { "application/json": { schema: ep.body } } } } : {}),
    ...(ep.rawBody
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(
              Object.entries(ep.rawBody).map(([type, description]) => [
                type,
                { schema: { type: "string", description } },
              ]),
            ),
          },
        }
      : {}),
    responses,
    "x-access": ep.access,
  };
}

export function buildOpenApiDocument(endpoints: AnyEndpoint[] = ALL_ENDPOINTS) {
  const paths: Record<string, Record<string, unknown>> = {};
  // Every contract is an Endpoint; AnyEndpoint's `any` parameters only let the list hold them side by side.
  for (const ep of endpoints) (paths[ep.path] ??= {})[ep.method.toLowerCase()] = operation(ep as Endpoint);
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Layerwise API",
      version: "1.0.0",
      description:
        "JSON API for everything the Layerwise UI does. Errors always have the shape { error: { code, message, fields? } }. Authenticate with the next-auth session cookie (sign in via POST /api/auth/callback/credentials).",
    },
    servers: [{ url: "/" }],
    components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" } } },
    security: [{ session: [] }],
    paths: paths,
  });
}
