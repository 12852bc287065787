import { handle } from "@/lib/api/handler";
import { signOutEverywhereEp } from "@/lib/api/endpoints/account";
import { revokeAllSessions } from "@/lib/auth/revoke";
import { sessionCookieName } from "@/lib/auth/session";
import { appOrigin } from "@/lib/security/origin";

export const POST = handle(signOutEverywhereEp, async ({ user, req }) => {
  await revokeAllSessions(user.id);
  const res = Response.json(signOutEverywhereEp.response.parse({ message: "Signed out everywhere." }));
  // The token is already refused; clearing the cookie just tidies this browser.
  const name = sessionCookieName(appOrigin(req.headers, req.url));
  res.headers.append(
    "Set-Cookie",
    `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`,
  );
  return res;
});
