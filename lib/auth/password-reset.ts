import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send";
import { hashPassword } from "./password";
import type { ResetPasswordInput } from "./schemas";

export const RESET_TOKEN_TTL_MINUTES = 30;

/** The one answer to every reset request, whether or not the email has an account. */
export const RESET_REQUESTED_MESSAGE = `If an account exists for that email, we have sent it a link to set a new password. The link works once, within ${RESET_TOKEN_TTL_MINUTES} minutes.`;

// Only the sha256 of the token is stored: a leaked table cannot be turned into working links.
const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

function appOrigin(): string {
  return new URL(env().NEXTAUTH_URL ?? "http://localhost:3000").origin;
}

/** Mails a single-use reset link to the email's account; does nothing for no account or a disabled one. */
export async function sendResetLink(email: string, now = new Date()): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, disabledAt: true } });
  if (!user || user.disabledAt) return;
  await db.passwordResetToken.deleteMany({
    where: { userId: user.id, expiresAt: { lt: new Date(now.getTime() - 24 * 3600_000) } },
  });
  const token = crypto.randomBytes(32).toString("base64url");
  await db.passwordResetToken.create({
    data: {
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MINUTES * 60_000),
    },
  });
  const link = `${appOrigin()}/reset-password?token=${token}`;
  await sendMail({
    to: user.email,
    subject: "Set a new Layerwise password",
    text: [
      "Someone (hopefully you) asked to set a new password for your Layerwise account.",
      "",
      `Open this link within ${RESET_TOKEN_TTL_MINUTES} minutes to choose one. It works once:`,
      "",
      link,
      "",
      "If you did not ask for this, ignore this email: your password stays as it is.",
    ].join("\n"),
  });
}

function invalidToken(): AppError {
  const text =
    "This reset link is not valid: it was used already, has expired, or was replaced by a newer one. Request a new link";
  return new AppError("BAD_REQUEST", `${text}.`, { fields: { token: [text] } });
}

/**
 * Consumes a reset token and sets the password, in one transaction: the token is claimed by
 * a conditional UPDATE (of two parallel uses the second waits on the row lock, re-checks
 * usedAt and matches nothing), the user's other outstanding tokens are spent, and the
 * session version is bumped so every existing session ends.
 */
export async function resetPassword(input: ResetPasswordInput, now = new Date()): Promise<void> {
  const tokenHash = hashToken(input.token);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({ where: { tokenHash }, select: { id: true, userId: true } });
    if (!row) throw invalidToken();
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw invalidToken();
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  });
}
