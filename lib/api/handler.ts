import "server-only";
import { z } from "zod";
import { assertRole } from "@/lib/auth/roles";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { toRouteResponse } from "@/lib/error-response";
import { AppError, zodFieldErrors } from "@/lib/errors";
import { findInputProblem } from "@/lib/text-input";
import { apiRoute } from "@/lib/security/api-route";
import type { Access, Endpoint } from "./endpoint";

type Infer<T> = [T] extends [z.ZodType] ? z.infer<T> : undefined;
type UserFor<A extends Access> = A extends "public" ? SessionUser | null : SessionUser;

export interface HandlerInput<P, Q, B, A extends Access> {
  user: UserFor<A>;
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  req: Request;
}

type RouteCtx = { params: Promise<Record<string, string | string[]>> };

const ROLE_FOR: Record<Exclude<Access, "public">, SessionUser["role"]> = {
  user: "LEARNER",
  instructor: "INSTRUCTOR",
  admin: "ADMIN",
};

function parseWith<T extends z.ZodType>(schema: T, value: unknown, where: "params" | "query" | "body"): z.infer<T> {
  // Before the schema: NUL, lone surrogates and absurd nesting would pass a z.string() or
  // z.unknown() and only fail in Postgres (a 500), so they are refused here for every route.
  const problem = findInputProblem(value, where === "body" ? undefined : where);
  if (problem) {
    const label = where === "body" ? "The request body" : where === "query" ? "The query string" : "The URL";
    throw new AppError("BAD_REQUEST", `${label} is not valid: ${problem.field} ${problem.message.toLowerCase()}.`, {
      fields: { [problem.field]: [problem.message] },
    });
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const label = where === "body" ? "The request body" : where === "query" ? "The query string" : "The URL";
    throw new AppError("BAD_REQUEST", `${label} is not valid.`, {
      fields: zodFieldErrors(result.error, where === "body" ? undefined : where),
    });
  }
  return result.data;
}

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

/** Next decodes path segments itself; a malformed escape such as %FF may reject the params promise. */
async function routeParams(ctx: RouteCtx): Promise<Record<string, string | string[]>> {
  try {
    return await ctx.params;
  } catch {
    throw new AppError("BAD_REQUEST", "The URL is not valid: a path segment is not properly percent-encoded.", {
      fields: { path: ["Not valid percent-encoding (UTF-8)"] },
    });
  }
}

async function readJson(req: Request, maxBytes: number): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError("BAD_REQUEST", "Send the body as JSON with Content-Type: application/json.", {
      fields: { "content-type": [`Expected application/json, got ${type || "nothing"}`] },
    });
  }
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > maxBytes)
    throw new AppError("PAYLOAD_TOO_LARGE", `The request body must be at most ${maxBytes} bytes.`);
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBytes)
    throw new AppError("PAYLOAD_TOO_LARGE", `The request body must be at most ${maxBytes} bytes.`);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new AppError("BAD_REQUEST", `The request body is not valid JSON: ${(err as Error).message}`);
  }
}

/**
 * Builds a Next route handler from an endpoint contract: authenticates and checks the
 * role, parses params/query/body with the contract's zod schemas (unknown fields are
 * refused), runs `fn`, shapes the response with the response schema, and maps every
 * failure to the one error shape.
 */
export function handle<
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  B extends z.ZodType | undefined,
  R extends z.ZodType,
  A extends Access,
>(
  ep: Endpoint<P, Q, B, R, A>,
  fn: (input: HandlerInput<P, Q, B, A>) => Promise<z.input<R> | Response>,
): (req: Request, ctx: RouteCtx) => Promise<Response> {
  // apiRoute: cross-origin writes are refused before anything else, and every answer is no-store.
  return apiRoute(async (req: Request, ctx: RouteCtx) => {
    try {
      let user: SessionUser | null = null;
      if (ep.access !== "public") {
        user = await getSessionUser();
        if (!user) throw new AppError("UNAUTHORIZED");
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- narrowing a generic A does not reach the index type (tsc TS2536).
        const role = ROLE_FOR[ep.access as Exclude<Access, "public">];
        assertRole(user, role);
      }
      const params = ep.params ? parseWith(ep.params, await routeParams(ctx), "params") : undefined;
      const query = ep.query ? parseWith(ep.query, queryObject(new URL(req.url)), "query") : undefined;
      const body = ep.body ? parseWith(ep.body, await readJson(req, ep.maxBodyBytes ?? 256 * 1024), "body") : undefined;
      const result = await fn({ user, params, query, body, req } as HandlerInput<P, Q, B, A>);
      if (result instanceof Response) return result;
      // Shape the output through the contract: fields not in the schema never leave.
      return Response.json(ep.response.parse(result), { status: ep.status ?? 200 });
    } catch (err) {
      return toRouteResponse(err);
    }
  });
}
