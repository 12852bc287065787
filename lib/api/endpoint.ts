import { z } from "zod";

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

/** Builds contracts with a group's fields filled in: see endpointGroup. */
export type EndpointGroup<GP extends z.ZodObject | undefined, GA extends Access> = <
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType = z.ZodType,
  P extends z.ZodObject | undefined = GP,
  A extends Access = GA,
>(
  def: Omit<Endpoint<P, Q, B, R, A>, "tag" | "access"> & { access?: A },
) => Endpoint<P, Q, B, R, A>;

/**
 * The contracts of one resource share their tag, usually who may call them and their path
 * params, and often the errors they answer with; a group states those once, so each contract
 * states only what differs. Anything a contract sets itself wins over the group's.
 */
export function endpointGroup<GP extends z.ZodObject | undefined = undefined, GA extends Access = Access>(shared: {
  tag: string;
  access: GA;
  params?: GP;
  errors?: number[];
}): EndpointGroup<GP, GA> {
  // The spread is the contract the group's type promises; TypeScript cannot follow the
  // defaults of P and A through it, hence the one assertion.
  const build = (def: Omit<Endpoint, "tag" | "access"> & { access?: Access }) => endpoint({ ...shared, ...def });
  return build as EndpointGroup<GP, GA>;
}

/** Path params naming one record by id (or slug): e.g. idParams("deckId") for /decks/{deckId}. */
export function idParams<K extends string>(name: K) {
  return z.object({ [name]: z.string().min(1).max(100) } as Record<K, z.ZodString>);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEndpoint = Endpoint<any, any, any, any, any>;
