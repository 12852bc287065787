import "server-only";
import type { Actor } from "@/lib/authoring/access";
import { assertRole } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError, zodFieldErrors } from "@/lib/errors";
import {
  userListQuerySchema,
  userPatchSchema,
  type AdminUserDto,
  type UserListDto,
  type UserListQuery,
} from "./schemas";

/**
 * User management for admins: list/search, change role, disable/enable. A disabled user can
 * no longer sign in (lib/auth/options.ts) and their existing session stops working at once
 * (getSessionUser reads disabledAt on every request). An admin cannot demote or disable
 * themselves, so there is always someone left to undo a mistake. Every change is written to the
 * audit log in its own transaction (lib/audit/record.ts).
 */

type UserRow = {
  id: string;
  email: string;
  name: string | null;
  role: AdminUserDto["role"];
  disabledAt: Date | null;
  createdAt: Date;
  _count: { decks: number };
};
const SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  createdAt: true,
  _count: { select: { decks: true } },
} as const;

function toAdminUserDto(u: UserRow): AdminUserDto {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: !!u.disabledAt,
    disabledAt: u.disabledAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
    deckCount: u._count.decks,
  };
}

/** Users whose email (or name) contains `q`, case-insensitively, by email; paginated. */
export async function listUsers(actor: Actor, query: UserListQuery = {}): Promise<UserListDto> {
  assertRole(actor, "ADMIN");
  const parsed = userListQuerySchema.safeParse(query);
  if (!parsed.success)
    throw new AppError("BAD_REQUEST", "The query string is not valid.", {
      fields: zodFieldErrors(parsed.error, "query"),
    });
  const { q, page, pageSize } = parsed.data;
  const where = q
    ? {
        OR: [
          { email: { contains: q, mode: "insensitive" as const } },
          { name: { contains: q, mode: "insensitive" as const } },
        ],
      }
    : {};
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({ where, select: SELECT, orderBy: { email: "asc" }, skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  return { users: rows.map(toAdminUserDto), total, page, pageSize, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

export async function updateUser(actor: Actor, userId: string, patch: unknown): Promise<AdminUserDto> {
  assertRole(actor, "ADMIN");
  const parsed = userPatchSchema.safeParse(patch);
  if (!parsed.success)
    throw new AppError("BAD_REQUEST", "The request body is not valid.", { fields: zodFieldErrors(parsed.error) });
  const { role, disabled } = parsed.data;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", "No such user.");
  if (userId === actor.id && role !== undefined && role !== "ADMIN") {
    throw new AppError("UNPROCESSABLE", "You cannot remove your own admin role; ask another admin.", {
      fields: { role: ["You cannot demote yourself"] },
    });
  }
  if (userId === actor.id && disabled) {
    throw new AppError("UNPROCESSABLE", "You cannot disable your own account.", {
      fields: { disabled: ["You cannot disable yourself"] },
    });
  }
  await db.$transaction(async (tx) => {
    // Read under a row lock, so the audit's "before" is what this change replaced.
    const [was] = await tx.$queryRaw<{ role: AdminUserDto["role"]; disabledAt: Date | null }[]>`
      SELECT role, "disabledAt" FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const audit = { actorId: actor.id, targetType: "user", targetId: userId } as const;
    if (role !== undefined && role !== was.role) {
      await tx.user.update({ where: { id: userId }, data: { role } });
      await recordAudit(tx, { ...audit, action: "user.role", before: { role: was.role }, after: { role } });
    }
    // Disabling twice keeps the first disabledAt; a no-op writes no audit row.
    if (disabled === true && !was.disabledAt) {
      const disabledAt = new Date();
      await tx.user.update({ where: { id: userId }, data: { disabledAt } });
      await recordAudit(tx, { ...audit, action: "user.disable", before: { disabledAt: null }, after: { disabledAt } });
    }
    if (disabled === false && was.disabledAt) {
      await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
      const before = { disabledAt: was.disabledAt };
      await recordAudit(tx, { ...audit, action: "user.enable", before, after: { disabledAt: null } });
    }
  });
  const row = await db.user.findUniqueOrThrow({ where: { id: userId }, select: SELECT });
  return toAdminUserDto(row);
}
