import { handle } from "@/lib/api/handler";
import { signOutEverywhereEp } from "@/lib/api/endpoints/account";
import { revokeAllSessions } from "@/lib/auth/revoke";
import { sessionCookieName } from "@/lib/auth/session";

export const POST = handle(signOutEverywhereEp, async ({ user }) => {
  await revokeAllSessions(user.id);
  const res = Response.json(signOutEverywhereEp.response.parse({ message: "Signed out everywhere." }));
  // The token is already refused; clearing the cookie just tidies this browser.
  const name = await sessionCookieName();
  if (name) res.headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  return res;
});
