import "server-only";
import crypto from "node:crypto";

/** A fresh single-use token and the sha256 stored in its place (a database leak reveals no token). */
export function newToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
