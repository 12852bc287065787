import type { z } from "zod";

/**
 * An API endpoint's contract: method, path, who may call it and the zod schemas of its
 * params, query, body and response. Route handlers are built from it (lib/api/handler.ts)
 * and so is the OpenAPI document (lib/api/openapi.ts), so the two cannot disagree.
 */
export type Access = "public" | "user" | "instructor" | "admin";
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface Endpoint<
  P extends z.ZodObject | undefined = z.ZodObject | undefined,
  Q extends z.ZodObject | undefined = z.ZodObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
  A extends Access = Access,
> {
  method: Method;
  /** OpenAPI style: /api/v1/decks/{deckId} */
  path: string;
  summary: string;
  tag: string;
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** Body limit in bytes (default 256 KiB). */
  maxBodyBytes?: number;
  /**
   * A raw (non-JSON-schema) body the handler reads itself, documented by media type, e.g. an
   * import file: { "text/plain": "Moodle GIFT", "application/json": "Layerwise deck JSON" }.
   */
  rawBody?: Record<string, string>;
  response: R;
  status?: number;
  /** Error statuses this endpoint can answer with, besides 400/401/403/500. */
  errors?: number[];
}

export function endpoint<
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType = z.ZodType,
  A extends Access = Access,
>(def: Endpoint<P, Q, B, R, A>): Endpoint<P, Q, B, R, A> {
  return def;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEndpoint = Endpoint<any, any, any, any, any>;
