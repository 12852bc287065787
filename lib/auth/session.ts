import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { authOptions } from "./options";
import type { RoleName } from "./schemas";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: RoleName;
  timeZone: string;
  newCardsPerDay: number;
  reviewsPerDay: number;
}

const RANK: Record<RoleName, number> = { LEARNER: 0, INSTRUCTOR: 1, ADMIN: 2 };

/** The signed-in user, fresh from the database (null when signed out or disabled). */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, timeZone: true, newCardsPerDay: true, reviewsPerDay: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  const { disabledAt: _disabled, ...rest } = user;
  return rest;
});

export function hasRole(user: Pick<SessionUser, "role">, role: RoleName): boolean {
  return RANK[user.role] >= RANK[role];
}

/** For route handlers and server actions: 401 when signed out. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHORIZED");
  return user;
}

/** Roles are ranked: ADMIN ⊇ INSTRUCTOR ⊇ LEARNER. 403 when too low. */
export async function requireRole(role: RoleName): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user, role)) throw new AppError("FORBIDDEN", `This needs the ${role.toLowerCase()} role.`);
  return user;
}
