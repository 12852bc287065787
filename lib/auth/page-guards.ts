import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { hasRole } from "./roles";
import { getSessionUser, type SessionUser } from "./session";
import type { RoleName } from "./schemas";

/** For pages and layouts: signed-out visitors go to the sign-in page. */
export async function requirePageUser(callbackUrl?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const back = callbackUrl ?? (await headers()).get("x-pathname") ?? undefined;
    redirect(`/sign-in${back ? `?callbackUrl=${encodeURIComponent(back)}` : ""}`);
  }
  return user;
}

/** Renders app/forbidden.tsx with a 403 when the role is too low. */
export async function requirePageRole(role: RoleName, callbackUrl?: string): Promise<SessionUser> {
  const user = await requirePageUser(callbackUrl);
  if (!hasRole(user, role)) forbidden();
  return user;
}
