import { AppError } from "@/lib/errors";
import type { RoleName } from "./schemas";

/** Roles are ranked: ADMIN ⊇ INSTRUCTOR ⊇ LEARNER. */
const RANK: Record<RoleName, number> = { LEARNER: 0, INSTRUCTOR: 1, ADMIN: 2 };

export function hasRole(user: { role: RoleName }, role: RoleName): boolean {
  return RANK[user.role] >= RANK[role];
}

/** 403 naming the role when the user's is too low; services call it so no caller can forget. */
export function assertRole(user: { role: RoleName }, role: RoleName): void {
  if (!hasRole(user, role)) throw new AppError("FORBIDDEN", `This needs the ${role.toLowerCase()} role.`);
}
