import "server-only";
import type { Actor } from "@/lib/authoring/access";
import { assertRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError, zodFieldErrors } from "@/lib/errors";
import {
  auditListQuerySchema,
  type AuditAction,
  type AuditEntryDto,
  type AuditListDto,
  type AuditListQuery,
  type AuditTarget,
} from "./schemas";

/**
 * The audit log for admins, newest first, paginated; `actor` filters by the actor's email (or
 * id) and `action` by action. actorId is not a foreign key, so emails are looked up here, and an
 * entry whose actor no longer exists still shows, with a null email.
 */
export async function listAudit(actor: Actor, query: AuditListQuery = {}): Promise<AuditListDto> {
  assertRole(actor, "ADMIN");
  const parsed = auditListQuerySchema.safeParse(query);
  if (!parsed.success)
    throw new AppError("BAD_REQUEST", "The query string is not valid.", {
      fields: zodFieldErrors(parsed.error, "query"),
    });
  const { actor: who, action, page, pageSize } = parsed.data;
  let actorIds: string[] | undefined;
  if (who) {
    const matches = await db.user.findMany({
      where: { OR: [{ id: who }, { email: { equals: who, mode: "insensitive" } }] },
      select: { id: true },
    });
    actorIds = matches.length ? matches.map((m) => m.id) : [who];
  }
  const where = { ...(actorIds ? { actorId: { in: actorIds } } : {}), ...(action ? { action } : {}) };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.actorId))] } },
    select: { id: true, email: true },
  });
  const emails = new Map(users.map((u) => [u.id, u.email]));
  const entries: AuditEntryDto[] = rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    actor: { id: r.actorId, email: emails.get(r.actorId) ?? null },
    action: r.action as AuditAction,
    targetType: r.targetType as AuditTarget,
    targetId: r.targetId,
    before: r.before ?? null,
    after: r.after ?? null,
  }));
  return { entries, total, page, pageSize, pages: Math.max(1, Math.ceil(total / pageSize)) };
}
