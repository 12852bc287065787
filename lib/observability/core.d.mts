import type { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Pool } from "pg";
import type { Logger } from "pino";
import type { Counter, Gauge, Histogram, Registry } from "prom-client";

export declare const requestContext: AsyncLocalStorage<{ reqId: string }>;
export declare function currentRequestId(): string | undefined;
export declare function setLogSink(stream: { write(line: string): unknown }): () => void;
export declare const logger: Logger;
export declare function requestIdFrom(header: string | string[] | undefined): string;
export declare function scanAppRoutes(appDir: string): string[];
export declare function routeLabeller(patterns: string[]): (pathname: string) => string;
export declare const metrics: {
  registry: Registry;
  pools: { pool: Pool | null };
  httpRequests: Counter<"method" | "route" | "status">;
  httpDuration: Histogram<"method" | "route">;
  reviews: Counter<"grade">;
  quizStarted: Counter;
  quizSubmitted: Counter;
  poolTotal: Gauge;
  poolIdle: Gauge;
  poolWaiting: Gauge;
};
export declare function observePool(pool: Pool): void;
export declare function observed(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  routeOf: (pathname: string) => string,
): (req: IncomingMessage, res: ServerResponse) => unknown;
