/** Runs once per server instance: starts the periodic sweep of expired quiz attempts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { finalizeExpired } = await import("./lib/quiz/sweep");
  const { env } = await import("./lib/env");
  const every = env().QUIZ_SWEEP_SECONDS * 1000;
  const timer = setInterval(() => {
    finalizeExpired().catch((err: unknown) => console.error("quiz sweep failed", err));
  }, every);
  timer.unref();
}
