import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { db } from "@/lib/db/client";
import { env, githubEnabled } from "@/lib/env";
import { safeCallbackPath } from "./callback-url";
import { verifyPassword } from "./password";
import { clientIp, markSignInSucceeded, reserveSignInAttempt } from "./rate-limit";
import { currentSessionVersion, revokeOnSignOut, SESSION_MAX_AGE_SECONDS } from "./revoke";
import { reportSignInRefused } from "./sign-in-limit";
import { ACCOUNT_DISABLED, signInSchema, type RoleName } from "./schemas";
import { logger } from "@/lib/observability/log";

/**
 * JWT sessions carry only the user id, role and session version; lib/auth/session.ts re-reads
 * the user on each request so a disabled account, a changed role or a revoked session
 * (sign-out, password change or reset) takes effect at once.
 * Credentials attempts are admitted by the attempt budget inside authorize(), before the
 * password is checked (lib/auth/rate-limit.ts).
 */
export function authOptions(): NextAuthOptions {
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        // Admitted and recorded before the password is checked: see lib/auth/rate-limit.ts.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- next-auth's types promise req, but a direct authorize() call (tests, other callers) may omit it.
        const attempt = await reserveSignInAttempt(email, clientIp((req?.headers ?? {}) as Record<string, string>));
        if (!attempt.ok) {
          reportSignInRefused(attempt.retryAfter);
          return null;
        }
        const user = await db.user.findUnique({ where: { email } });
        const ok = await verifyPassword(user?.passwordHash, password);
        // Only someone who proved the password learns that the account exists but is disabled.
        if (ok && user?.disabledAt) throw new Error(ACCOUNT_DISABLED);
        if (!ok || !user || user.disabledAt) return null;
        await markSignInSucceeded(attempt.attemptId);
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ];
  if (githubEnabled()) {
    providers.push(GitHubProvider({ clientId: env().GITHUB_ID!, clientSecret: env().GITHUB_SECRET! }));
  }
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    logger: {
      // A junk callbackUrl is the client's mistake (it falls back to "/"): one line, not a stack trace.
      error(code, metadata) {
        if (code === "INVALID_CALLBACK_URL_ERROR")
          logger.warn({ code }, "next-auth: a request carried an invalid callbackUrl");
        else logger.error({ code, metadata }, `next-auth: ${code}`);
      },
    },
    providers,
    events: {
      // The browser's sign-out (next-auth's POST /api/auth/signout) revokes the JWT itself,
      // not only the cookie: a copied token stops working too.
      signOut: ({ token }) => revokeOnSignOut(token),
    },
    callbacks: {
      // next-auth's default follows any "/…" path (so "/\\evil.example" leaves the site) and throws on junk (a 500).
      redirect({ url, baseUrl }) {
        return `${baseUrl.replace(/\/$/, "")}${safeCallbackPath(url, baseUrl)}`;
      },
      async signIn({ user, account }) {
        if (account?.provider !== "github") return true;
        // GitHub: link to (or create) the account with the same verified email.
        const email = user.email?.toLowerCase();
        if (!email) return false;
        const existing = await db.user.upsert({
          where: { email },
          update: {},
          create: { email, name: user.name ?? null, image: user.image ?? null },
        });
        if (existing.disabledAt) return false;
        await db.account.upsert({
          where: { provider_providerAccountId: { provider: "github", providerAccountId: account.providerAccountId } },
          update: {},
          create: {
            userId: existing.id,
            type: account.type,
            provider: "github",
            providerAccountId: account.providerAccountId,
          },
        });
        user.id = existing.id;
        (user as { role?: RoleName }).role = existing.role;
        return true;
      },
      async jwt({ token, user }) {
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- next-auth types user as always present; it is there only on sign-in.
        if (user) {
          token.uid = user.id;
          token.role = (user as { role?: RoleName }).role ?? "LEARNER";
          // lib/auth/session.ts refuses the token once the user's version moves past this.
          token.sv = await currentSessionVersion(user.id);
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          (session.user as { id?: string }).id = token.uid as string;
          (session.user as { role?: string }).role = token.role as string;
        }
        return session;
      },
    },
  };
}
