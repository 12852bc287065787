import { z } from "zod";
import { AppError, ERROR_STATUS, isClientAbort, isUniqueViolation, zodFieldErrors, type ErrorCode } from "@/lib/errors";
import { logUnexpected } from "@/lib/observability/log-unexpected";

/**
 * The API's error answer, { error: { code, message, fields? } }, for the server: any thrown
 * value mapped to an AppError (a ZodError is a 400 naming the fields) and then to a Response.
 * Apart from lib/errors.ts because it needs zod at run time, which the browser must not load.
 */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error" });
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function toErrorBody(err: AppError): ErrorBody {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.extra.fields ? { fields: err.extra.fields } : {}),
      ...(err.extra.details !== undefined ? { details: err.extra.details } : {}),
    },
  };
}

/** Maps any thrown value to an AppError; unknown errors are logged and become a generic 500. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isClientAbort(err)) return new AppError("BAD_REQUEST", "The request was closed before its body arrived.");
  if (err instanceof z.ZodError) {
    return new AppError("BAD_REQUEST", "Some fields are not valid.", { fields: zodFieldErrors(err) });
  }
  if (isUniqueViolation(err)) return new AppError("CONFLICT", "That already exists.");
  if ((err as { code?: string } | null)?.code === "P2025") return new AppError("NOT_FOUND");
  logUnexpected(err, "unhandled error");
  return new AppError("INTERNAL");
}

export function toRouteResponse(err: unknown): Response {
  const appErr = toAppError(err);
  const headers: Record<string, string> = {};
  if (appErr.extra.retryAfterSeconds) headers["Retry-After"] = String(appErr.extra.retryAfterSeconds);
  return Response.json(toErrorBody(appErr), { status: appErr.status, headers });
}
