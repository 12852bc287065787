import type { z } from "zod";
import type { ErrorCode, FieldErrors } from "@/lib/errors";
import type { Endpoint, Method } from "./endpoint";

/**
 * The one way the browser calls /api/v1: `api(route, { params, query, body })`. A route is an
 * entry of lib/api/routes.ts, generated from the endpoint contracts: just the method and path,
 * with the contract as a phantom type, so the URL, method and types of a call all come from
 * the contract and the browser still loads no zod. Types only are imported from lib/errors.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyContract = Endpoint<any, any, any, any, any>;

declare const CONTRACT: unique symbol;
/** A contract's method and path for the browser; the contract itself is only a type. */
export interface Route<E extends AnyContract = AnyContract> {
  readonly method: Method;
  readonly path: string;
  readonly [CONTRACT]?: E;
}
/** What api() and apiUrl() take: a route (client code) or the contract itself (server and tests). */
export type ApiTarget = AnyContract | Route;
type ContractOf<T> = T extends AnyContract ? T : T extends Route<infer E> ? E : never;
type Parts<T> =
  ContractOf<T> extends Endpoint<infer P, infer Q, infer B, infer R, infer _A> ? { P: P; Q: Q; B: B; R: R } : never;

type ParamsOpt<P> = [P] extends [z.ZodType] ? { params: z.input<P> } : { params?: undefined };
type QueryOpt<Q> = [Q] extends [z.ZodType] ? { query?: z.input<Q> } : { query?: undefined };
type BodyOpt<B> = [B] extends [z.ZodType] ? { body: z.input<B> } : { body?: undefined };

/** A body the endpoint reads itself (GIFT text, deck JSON file, an .apkg as a Blob), sent as is. */
export interface RawBody {
  contentType: string;
  text: string | Blob;
}

export type ApiOptions<E extends ApiTarget> = ParamsOpt<Parts<E>["P"]> &
  QueryOpt<Parts<E>["Q"]> &
  BodyOpt<Parts<E>["B"]> & {
    rawBody?: RawBody;
    signal?: AbortSignal;
    /** Network failures retried before giving up; only for idempotent calls (e.g. client request ids). */
    retries?: number;
  };
export type ApiResponse<E extends ApiTarget> = Parts<E>["R"] extends z.ZodType ? z.output<Parts<E>["R"]> : never;
export type ApiBody<E extends ApiTarget> = Parts<E>["B"] extends z.ZodType ? z.input<Parts<E>["B"]> : never;

export type ApiErrorCode = ErrorCode | "NETWORK" | "UNKNOWN";
export const OFFLINE_MESSAGE = "You seem to be offline. Check your connection and try again.";

/** An API refusal (or a network failure, status 0) as the UI needs it. */
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: ApiErrorCode,
    message: string,
    public readonly fields: FieldErrors = {},
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

// Path and query values are the scalars the contracts declare; anything else would stringify as "[object Object]".
type Scalar = string | number | boolean | bigint | null | undefined;
type OptionsIn = { params?: Record<string, Scalar>; query?: Record<string, Scalar> };

/** The contract's path with {name} filled from params (each encoded), plus the query string. */
export function apiUrl<E extends ApiTarget>(ep: E, opts: Pick<ApiOptions<E>, "params" | "query">): string;
export function apiUrl(ep: ApiTarget, opts: OptionsIn = {}): string {
  const path = ep.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = opts.params?.[name];
    if (value === undefined || value === null)
      throw new Error(`${ep.method} ${ep.path}: missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(opts.query ?? {}))
    if (value !== undefined && value !== null) search.set(key, String(value));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

async function toApiError(res: Response): Promise<ApiError> {
  const json = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string; fields?: FieldErrors; details?: unknown };
  } | null;
  const err = json && typeof json === "object" ? json.error : undefined;
  return new ApiError(
    res.status,
    (typeof err?.code === "string" ? err.code : "UNKNOWN") as ApiErrorCode,
    typeof err?.message === "string" ? err.message : `Request failed (${res.status})`,
    err?.fields && typeof err.fields === "object" ? err.fields : {},
    err?.details,
  );
}

/** Calls the endpoint; resolves to its typed response or throws an ApiError. */
export async function api<E extends ApiTarget>(
  ep: E,
  ...args: object extends ApiOptions<E> ? [ApiOptions<E>?] : [ApiOptions<E>]
): Promise<ApiResponse<E>> {
  const opts = (args[0] ?? {}) as OptionsIn & {
    body?: unknown;
    rawBody?: RawBody;
    signal?: AbortSignal;
    retries?: number;
  };
  const url = apiUrl(ep, opts as never);
  const init: RequestInit = { method: ep.method, signal: opts.signal };
  if (opts.rawBody) init.headers = { "content-type": opts.rawBody.contentType };
  if (opts.rawBody) init.body = opts.rawBody.text;
  else if (opts.body !== undefined) {
    init.headers = { "content-type": "application/json" };
    init.body = JSON.stringify(opts.body);
  }
  let res: Response | undefined;
  for (let left = opts.retries ?? 0; !res; left--) {
    try {
      res = await fetch(url, init);
    } catch (err) {
      if (opts.signal?.aborted) throw err;
      if (left <= 0) throw new ApiError(0, "NETWORK", OFFLINE_MESSAGE);
    }
  }
  if (!res.ok) throw await toApiError(res);
  return (await res.json().catch(() => null)) as ApiResponse<E>;
}

/** The API's own message for a refusal, else `fallback` (network failures, bodies without the error shape, bugs). */
export function apiMessage(err: unknown, fallback: string): string {
  return err instanceof ApiError && err.code !== "NETWORK" && err.code !== "UNKNOWN" ? err.message : fallback;
}
