import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { LtiPlatforms } from "@/components/admin/lti-platforms";
import { requirePageRole } from "@/lib/auth/page-guards";
import { listPlatforms } from "@/lib/lti/platforms";
import { appOrigin } from "@/lib/security/origin";

export const metadata: Metadata = { title: "LTI platforms" };

/**
 * Admins only (the admin layout answers 403 to everyone else): the LMSs that may launch
 * Layerwise (LTI 1.3), with the tool's own URLs to copy into the LMS. docs/LTI.md has the
 * Moodle and Canvas field names.
 */
export default async function LtiPlatformsPage() {
  await requirePageRole("ADMIN", "/admin/lti");
  const origin = appOrigin(await headers(), "http://localhost");
  const platforms = await listPlatforms();
  const toolUrls = [
    { label: "Login initiation URL", url: `${origin}/api/lti/login` },
    { label: "Launch URL (target link URI, redirect URI)", url: `${origin}/api/lti/launch` },
    { label: "Public keyset URL (JWKS)", url: `${origin}/api/lti/jwks` },
  ];
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">LTI platforms</h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Learning management systems (Moodle, Canvas, …) whose courses may launch Layerwise quizzes and decks and
          receive their scores.{" "}
          <Link href="/admin" className="underline">
            Users
          </Link>
        </p>
      </div>
      <section aria-labelledby="tool-urls-heading" className="flex flex-col gap-2">
        <h2 id="tool-urls-heading" className="text-lg font-semibold">
          Layerwise&apos;s URLs for the LMS
        </h2>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {toolUrls.map((u) => (
            <div key={u.label} className="contents">
              <dt className="font-medium">{u.label}</dt>
              <dd>
                <code className="break-all">{u.url}</code>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <LtiPlatforms platforms={platforms} />
    </div>
  );
}
