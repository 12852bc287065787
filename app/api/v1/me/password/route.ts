import { handle } from "@/lib/api/handler";
import { changePasswordEp } from "@/lib/api/endpoints/account";
import { changePassword } from "@/lib/auth/change-password";
import { sessionCookie } from "@/lib/auth/revoke";
import { sessionCookieName } from "@/lib/auth/session";
import { appOrigin } from "@/lib/security/origin";

// Every other session ends; this browser gets a new cookie at the new version, so the
// person who just proved their password is not signed out on the device they used.
export const POST = handle(changePasswordEp, async ({ user, body, req }) => {
  const version = await changePassword(user.id, body);
  const res = Response.json(
    changePasswordEp.response.parse({ message: "Password changed. Other devices have been signed out." }),
  );
  res.headers.append(
    "Set-Cookie",
    await sessionCookie(sessionCookieName(appOrigin(req.headers, req.url)), user, version),
  );
  return res;
});
