import type { z } from "zod";

/**
 * The app's errors: AppError, its codes and statuses, and the field-error shape. No zod at run
 * time (only its types), so the browser can import this file; the mapping of any thrown value
 * to the API's error answer (which needs zod) is lib/error-response.ts, for the server.
 */

/**
 * A unique index refused a write. Prisma's own queries report P2002; a raw query
 * ($queryRaw/$executeRaw) surfaces Postgres' 23505 inside the message or meta instead.
 */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: unknown; meta?: unknown } | null | undefined;
  if (e?.code === "P2002") return true;
  return /23505|unique constraint/i.test(String(e?.message) + JSON.stringify(e?.meta ?? ""));
}

/** The one error shape of the API: { error: { code, message, fields? } }. */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldErrors = Record<string, string[]>;

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  BAD_REQUEST: "The request is not valid.",
  UNAUTHORIZED: "Please sign in.",
  FORBIDDEN: "You are not allowed to do that.",
  NOT_FOUND: "Not found.",
  CONFLICT: "That conflicts with the current state.",
  PAYLOAD_TOO_LARGE: "The request body is too large.",
  UNPROCESSABLE: "That cannot be done now.",
  RATE_LIMITED: "Too many attempts. Try again later.",
  INTERNAL: "Something went wrong on our side.",
};

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message?: string,
    public readonly extra: { fields?: FieldErrors; retryAfterSeconds?: number; details?: unknown } = {},
  ) {
    super(message ?? DEFAULT_MESSAGES[code]);
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Field errors keyed by dotted path ("payload.options"), "_" for the whole value. */
export function zodFieldErrors(error: z.ZodError, prefix?: string): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "_";
    let message = issue.message;
    if (issue.code === "unrecognized_keys")
      message = `Unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`;
    (fields[key] ??= []).push(message);
  }
  return fields;
}

/**
 * The client closed the connection before its request body arrived (Node's "aborted" /
 * ECONNRESET from the request stream, Next's ResponseAborted). Common under load, nobody
 * is left to answer, and nothing is wrong on our side, so it is not logged. Matched
 * narrowly: an ECONNRESET from the database or an outbound call is a real error.
 */
export function isClientAbort(err: unknown): boolean {
  let e = err;
  for (let depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { name, message, code } = e as { name?: unknown; message?: unknown; code?: unknown };
    if (name === "ResponseAborted" || (message === "aborted" && code === "ECONNRESET")) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
