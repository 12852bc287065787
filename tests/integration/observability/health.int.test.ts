import http from "node:http";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { logger, observed, routeLabeller, scanAppRoutes, setLogSink } from "@/lib/observability/core.mjs";

const { GET } = await import("@/app/api/health/route");
const health = () => GET(new Request("http://localhost/api/health"), { params: Promise.resolve({}) });

const globalForDb = globalThis as unknown as { layerwiseDb?: PrismaClient };

/** Runs `fn` with the app's client pointed at a port nothing listens on. */
async function withDeadDatabase<T>(fn: () => Promise<T>): Promise<T> {
  await db.$queryRaw`SELECT 1`; // the real client exists, to put back
  const real = globalForDb.layerwiseDb;
  const dead = new PrismaClient({
    adapter: new PrismaPg({ connectionString: "postgresql://nobody@127.0.0.1:1/none", connectionTimeoutMillis: 2000 }),
  });
  globalForDb.layerwiseDb = dead;
  try {
    return await fn();
  } finally {
    globalForDb.layerwiseDb = real;
    await dead.$disconnect().catch(() => {});
  }
}

describe("/api/health", () => {
  it("reports the database's latency and the job queues' depth", async () => {
    await db.$executeRawUnsafe(`CREATE SCHEMA IF NOT EXISTS pgboss`);
    await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS pgboss.job (name text, state text)`);
    await db.$executeRawUnsafe(
      `INSERT INTO pgboss.job VALUES ('fsrs-fit','created'),('fsrs-fit','created'),('fsrs-fit','active'),('fsrs-fit','completed')`,
    );
    const res = await health();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe("ok");
    expect(typeof body.db.latencyMs).toBe("number");
    expect(body.db.latencyMs).toBeGreaterThanOrEqual(0);
    expect(body.jobs["fsrs-fit"]).toEqual({ created: 2, retry: 0, active: 1, failed: 0 });
    expect(body.jobs["quiz-expiry"]).toEqual({ created: 0, retry: 0, active: 0, failed: 0 });
    await db.$executeRawUnsafe(`DROP SCHEMA pgboss CASCADE`);
  });

  it("shows every queue empty (and still 200) before pg-boss ever made its schema", async () => {
    const res = await health();
    expect(res.status).toBe(200);
    expect((await res.json()).jobs["fsrs-fit"]).toEqual({ created: 0, retry: 0, active: 0, failed: 0 });
  });

  it("answers 503 when the database is unreachable", async () => {
    const res = await withDeadDatabase(health);
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body).toMatchObject({ status: "degraded", database: "down", db: { latencyMs: null }, jobs: {} });
  });
});

describe("request ids (scripts/next-server.mjs's wrapper around the route)", () => {
  const lines: Record<string, unknown>[] = [];
  let restoreSink: () => void;
  let server: http.Server;
  let base: string;
  const level = logger.level;

  beforeAll(async () => {
    logger.level = "info";
    restoreSink = setLogSink({ write: (line: string) => lines.push(JSON.parse(line)) });
    const routeOf = routeLabeller(scanAppRoutes(`${process.cwd()}/app`));
    // The real health route, called the way Next calls it: inside the request context.
    const handler = async (_req: http.IncomingMessage, res: http.ServerResponse) => {
      const answer = await withDeadDatabase(health);
      res.statusCode = answer.status;
      res.end(await answer.text());
    };
    server = http.createServer(observed(handler, routeOf));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    restoreSink();
    logger.level = level;
    await new Promise((r) => server.close(r));
  });

  it("a safe incoming id is kept, set on the response and on the log line written inside the route", async () => {
    const res = await fetch(`${base}/api/health?probe=1`, { headers: { "x-request-id": "lb-7f3a9c" } });
    expect(res.status).toBe(503);
    expect(res.headers.get("x-request-id")).toBe("lb-7f3a9c");
    await expect.poll(() => lines.filter((l) => l.reqId === "lb-7f3a9c").length).toBe(2);
    const mine = lines.filter((l) => l.reqId === "lb-7f3a9c");
    expect(mine[0]).toMatchObject({ level: "warn", msg: "health: database check failed" });
    expect(typeof mine[0].time).toBe("string");
    expect(mine[1]).toMatchObject({ level: "info", msg: "request", method: "GET", route: "/api/health", status: 503 });
    expect(typeof mine[1].ms).toBe("number");
  });

  it("an unsafe incoming id is replaced by a fresh one, which the response and the log carry", async () => {
    const res = await fetch(`${base}/api/health`, { headers: { "x-request-id": "x".repeat(200) } });
    const id = res.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => lines.filter((l) => l.reqId === id).length).toBe(2);
    expect(lines.some((l) => String(l.reqId).startsWith("xxx"))).toBe(false);
  });
});
