/**
 * Runs once per server instance: starts its quiz job worker (expiry jobs, the minute sweep).
 * Every instance runs one; pg-boss gives each job to one of them (lib/jobs/quiz-worker.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startQuizWorker } = await import("./lib/jobs/quiz-worker");
  // A database that is down at start-up must not stop the server: reads still finalize
  // expired attempts lazily, and the queue's jobs wait in Postgres for the next start.
  await startQuizWorker().catch((err: unknown) => console.error("[jobs] the quiz worker did not start:", err));
}
