import { z } from "zod";

/** process.env parsed once. Secrets come only from here. */
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().optional(),
    NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
    NEXTAUTH_URL: z.string().url().optional(),
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
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().min(3).default("Layerwise <no-reply@layerwise.local>"),
  })
  .refine((e) => e.NODE_ENV !== "production" || !!e.NEXTAUTH_SECRET || process.env.NEXT_PHASE === "phase-production-build", {
    message: "NEXTAUTH_SECRET is required in production",
    path: ["NEXTAUTH_SECRET"],
  });

export type Env = z.infer<typeof envSchema>;
let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export const githubEnabled = () => !!(env().GITHUB_ID && env().GITHUB_SECRET);
