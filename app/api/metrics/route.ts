import { env } from "@/lib/env";
import { metrics } from "@/lib/observability/core.mjs";
import { metricsAccess } from "@/lib/observability/metrics-access";
import { apiRoute } from "@/lib/security/api-route";

export const dynamic = "force-dynamic";

/**
 * Prometheus metrics of this server process (docs/OBSERVABILITY.md). Needs
 * `Authorization: Bearer $METRICS_TOKEN`: 401 without it, 404 when no token is configured.
 */
export const GET = apiRoute(async (req) => {
  const access = metricsAccess(req.headers.get("authorization"), env().METRICS_TOKEN);
  if (access === "disabled") {
    return Response.json({ error: { code: "NOT_FOUND", message: "Not found." } }, { status: 404 });
  }
  if (access === "unauthorized") {
    return Response.json(
      { error: { code: "UNAUTHORIZED", message: "The Authorization header must carry the metrics token." } },
      { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"' } },
    );
  }
  const { registry } = metrics;
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType } });
});
