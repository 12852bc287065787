import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password";
import type { ChangePasswordInput } from "./schemas";

/**
 * Checks the current password, stores the new one and revokes every session token in the
 * same write; returns the new session version so the caller can re-issue this browser's.
 */
export async function changePassword(userId: string, input: ChangePasswordInput): Promise<number> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user?.passwordHash) {
    const text = "This account has no password yet. Use “Forgot your password?” on the sign-in page to set one";
    throw new AppError("BAD_REQUEST", `${text}.`, { fields: { currentPassword: [text] } });
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("BAD_REQUEST", "The current password is not right.", {
      fields: { currentPassword: ["The current password is not right"] },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  try {
    // Compare-and-swap on the hash just verified: a change or reset that landed in between wins.
    const updated = await db.user.update({
      where: { id: userId, passwordHash: user.passwordHash },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    return updated.sessionVersion;
  } catch (err) {
    if ((err as { code?: string }).code === "P2025")
      throw new AppError("CONFLICT", "Your password was changed meanwhile. Sign in again and retry.");
    throw err;
  }
}
