/**
 * A unique index refused a write. Prisma's own queries report P2002; a raw query
 * ($queryRaw/$executeRaw) surfaces Postgres' 23505 inside the message or meta instead.
 */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: unknown; meta?: unknown } | null | undefined;
  if (e?.code === "P2002") return true;
  return /23505|unique constraint/i.test(String(e?.message) + JSON.stringify(e?.meta ?? ""));
}
