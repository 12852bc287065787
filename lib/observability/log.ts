/** The app's logger (pino, JSON lines carrying the request id); see docs/OBSERVABILITY.md. */
export { logger, currentRequestId } from "./core.mjs";
