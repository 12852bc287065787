import crypto from "node:crypto";

export type MetricsAccess = "ok" | "unauthorized" | "disabled";

/**
 * Whether a request may read /api/metrics: only with `Authorization: Bearer <METRICS_TOKEN>`,
 * compared in constant time (both sides hashed first, so lengths leak nothing). No token set:
 * the endpoint is off.
 */
export function metricsAccess(authorization: string | null, token: string | undefined): MetricsAccess {
  if (!token) return "disabled";
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!m) return "unauthorized";
  const digest = (s: string) => crypto.createHash("sha256").update(s).digest();
  return crypto.timingSafeEqual(digest(m[1]), digest(token)) ? "ok" : "unauthorized";
}
