import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/security/api-route";

export const dynamic = "force-dynamic";

/** App and database status, for load balancers and the dev script's readiness check. */
export const GET = apiRoute(async () => {
  let database: "ok" | "down" = "ok";
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    database = "down";
  }
  const body = { status: database === "ok" ? "ok" : "degraded", app: "ok", database, time: new Date().toISOString() };
  return Response.json(body, { status: database === "ok" ? 200 : 503 });
});
