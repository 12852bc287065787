import { z } from "zod";

/** process.env parsed once. Secrets come only from here. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  /** Read replicas (comma-separated URLs) for reads that may lag: progress, statistics, calibration. */
  DATABASE_REPLICA_URL: z.string().optional(),
  /**
   * The same database without a transaction-mode pooler (PgBouncer) in between, for what needs
   * a session: migrations (session advisory lock) and the job queue. DATABASE_URL when unset.
   */
  DIRECT_DATABASE_URL: z.string().optional(),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  /** Keys the display-order shuffle (lib/questions/display-order.ts); NEXTAUTH_SECRET when unset. */
  DISPLAY_ORDER_SECRET: z.string().min(16, "DISPLAY_ORDER_SECRET must be at least 16 characters").optional(),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  // Sign-in budgets per window; docs/security/signin.md explains why none of them locks an owner out.
  SIGNIN_MAX_FAILURES_PER_ACCOUNT_IP: z.coerce.number().int().positive().default(5),
  SIGNIN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().positive().default(50),
  SIGNIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(30),
  SIGNIN_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  SIGNUP_MAX_PER_IP: z.coerce.number().int().positive().default(10),
  SIGNUP_WINDOW_SECONDS: z.coerce.number().int().positive().default(3600),
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  // smtp(s)://user:pass@host:port; unset: mail is written to .data/outbox/ instead.
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default("Layerwise <no-reply@layerwise.local>"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  QUIZ_SWEEP_SECONDS: z.coerce.number().int().positive().default(30),
  // "force" adds the demo accounts even in production.
  SEED_DEMO: z.enum(["force"]).optional(),
  LAYERWISE_DATA_DIR: z.string().min(1).optional(),
  // Test harnesses (e2e, bench) ask scripts/serve.ts to write the database URL here.
  LAYERWISE_URL_FILE: z.string().min(1).optional(),
  FORCE_RESET: z.enum(["0", "1"]).optional(),
  /** The LTI tool's RSA signing key (PKCS#8 PEM; "\n" escapes allowed); required for LTI in production. */
  LTI_PRIVATE_KEY: z
    .string()
    .refine(
      (v) => v.includes("BEGIN PRIVATE KEY"),
      "LTI_PRIVATE_KEY must be a PKCS#8 PEM (-----BEGIN PRIVATE KEY-----)",
    )
    .optional(),
  // Bearer token for /api/metrics (docs/OBSERVABILITY.md); unset: the endpoint answers 404.
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
});

export type Env = z.infer<typeof envSchema>;

/**
 * Parses an environment; a bad value throws one line naming each variable and the reason.
 * `server: true` adds the rule only the web server needs: a production server signs sessions,
 * so it needs NEXTAUTH_SECRET (`next build` loads the app without one, and so do scripts).
 */
export function parseEnv(source: Record<string, string | undefined>, opts: { server: boolean }): Env {
  const parsed = envSchema.safeParse(source);
  const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  if (
    parsed.success &&
    opts.server &&
    parsed.data.NODE_ENV === "production" &&
    !parsed.data.NEXTAUTH_SECRET &&
    source.NEXT_PHASE !== "phase-production-build"
  ) {
    issues.push("NEXTAUTH_SECRET: NEXTAUTH_SECRET is required in production");
  }
  if (issues.length || !parsed.success) throw new Error(`Invalid environment: ${issues.join("; ")}`);
  return parsed.data;
}

let cachedServer: Env | undefined;
let cachedScript: Env | undefined;

/** The environment of the web server, parsed once. */
export function env(): Env {
  cachedServer ??= parseEnv(process.env, { server: true });
  return cachedServer;
}

/** The environment for code that scripts (db, seed, import, export) run too. */
export function scriptEnv(): Env {
  cachedScript ??= parseEnv(process.env, { server: false });
  return cachedScript;
}

/**
 * DATABASE_URL is read live, not from the cached env(): scripts and tests learn it at run time
 * (an embedded Postgres on a free port) and set it before the first query.
 */
export function databaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

/** DATABASE_REPLICA_URL's replicas, read live like DATABASE_URL (tests start theirs at run time). */
export function replicaUrls(): string[] {
  return (process.env.DATABASE_REPLICA_URL ?? "")
    .split(",")
    .map((u) => u.trim())
    .filter(Boolean);
}

/**
 * The URL for session-level work (migrations take `pg_advisory_lock`; docs/SCALING.md lists
 * each such construct): DIRECT_DATABASE_URL when set, otherwise DATABASE_URL. Read live, as above.
 */
export function directDatabaseUrl(): string | undefined {
  return process.env.DIRECT_DATABASE_URL || databaseUrl();
}

export const githubEnabled = () => !!(env().GITHUB_ID && env().GITHUB_SECRET);
