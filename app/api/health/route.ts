import { db } from "@/lib/db/client";
import { jobQueueDepth } from "@/lib/jobs/depth";
import { logger } from "@/lib/observability/log";
import { apiRoute } from "@/lib/security/api-route";

export const dynamic = "force-dynamic";

/**
 * App, database and job-queue status, for load balancers (polled every second or two) and the
 * dev script's readiness check: no auth, no secrets, no per-user data; two small queries.
 * 200 when the database answers, 503 when it does not.
 */
export const GET = apiRoute(async () => {
  const started = performance.now();
  let latencyMs: number | null = null;
  let jobs: Awaited<ReturnType<typeof jobQueueDepth>> | Record<string, never> = {};
  try {
    await db.$queryRaw`SELECT 1`;
    latencyMs = Math.round((performance.now() - started) * 10) / 10;
    jobs = await jobQueueDepth();
  } catch (err) {
    logger.warn({ err }, "health: database check failed");
  }
  const up = latencyMs !== null;
  const body = {
    status: up ? "ok" : "degraded",
    app: "ok",
    database: up ? "ok" : "down",
    db: { latencyMs },
    jobs,
    time: new Date().toISOString(),
  };
  return Response.json(body, { status: up ? 200 : 503 });
});
