/**
 * Logs an unexpected error through the app's logger (lib/observability/core.mjs) when this
 * process has one, else to the console. For code that the browser bundle also pulls in
 * (lib/errors.ts), which must not import pino, prom-client or node:async_hooks.
 */
export function logUnexpected(err: unknown, msg: string): void {
  const key = Symbol.for("layerwise.observability.logger");
  const logger = (globalThis as Record<symbol, { error(obj: object, msg: string): void } | undefined>)[key];
  if (logger) logger.error({ err }, msg);
  else console.error(msg, err);
}
