/**
 * Shared by scripts/import.ts and scripts/export.ts: the database (DATABASE_URL, or the
 * embedded Postgres in .data/ when unset, as scripts/db.ts does) and error reporting.
 */
import { prepareDatabase, type PreparedDatabase } from "@/lib/db/bootstrap";
import { AppError } from "@/lib/errors";

export async function withDatabase<T>(fn: () => Promise<T>): Promise<T> {
  const prepared: PreparedDatabase = await prepareDatabase({ log: (m) => console.error(`[db] ${m}`) });
  process.env.DATABASE_URL = prepared.url;
  try {
    return await fn();
  } finally {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect().catch(() => {});
    await prepared.server?.stop();
  }
}

/** Prints an AppError (line-numbered import errors one per line) and returns the exit code. */
export function reportError(err: unknown, file?: string): number {
  if (err instanceof AppError) {
    const errors = (err.extra.details as { errors?: { line: number; message: string }[] } | undefined)?.errors;
    if (errors?.length) {
      console.error(
        `✗ ${file ?? "input"}: ${errors.length} problem${errors.length === 1 ? "" : "s"}, nothing was imported`,
      );
      for (const e of errors) console.error(`${file ?? "input"}:${e.line}: ${e.message}`);
    } else {
      console.error(`✗ ${err.message}`);
      for (const [field, messages] of Object.entries(err.extra.fields ?? {}))
        console.error(`  ${field}: ${messages.join("; ")}`);
    }
    return 1;
  }
  console.error(err);
  return 1;
}
