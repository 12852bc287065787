import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AuditAction, AuditTarget } from "./schemas";

export type AuditRecord = {
  actorId: string;
  action: AuditAction;
  targetType: AuditTarget;
  targetId: string;
  before?: unknown;
  after?: unknown;
};

/** Dates become ISO strings and undefined fields vanish, as they would in any JSON reply. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null
    ? undefined
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/**
 * Writes one audit row. It takes the transaction of the change it records, never the plain
 * client, so the row and the change commit together or not at all: no audit without a change,
 * no change without its audit.
 */
export async function recordAudit(tx: Tx, entry: AuditRecord): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

/** Only the fields that a change touched, from the row before it. */
export function pick<T extends object>(row: T, keys: Iterable<string>): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) if (k in row) (out as Record<string, unknown>)[k] = (row as Record<string, unknown>)[k];
  return out;
}
