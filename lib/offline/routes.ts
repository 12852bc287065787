/** What the service worker caches, by name (a sign-out deletes them all). */
export const OFFLINE_CACHES = { queue: "study-queue", shell: "study-shell" } as const;

/** The worker tells open pages that it synced in the background. */
export const SYNCED_MESSAGE = "layerwise-synced";

/** Quizzes and attempts, pages and API: never cached, never answered from a cache. */
export function isQuizPath(pathname: string): boolean {
  return /^\/(api\/v1\/)?(quizzes|quiz|attempts)(\/|$)/.test(pathname);
}

export function isStudyQueue(url: URL): boolean {
  return url.pathname === "/api/v1/study/queue" && url.searchParams.has("learner");
}

/** Signing out (this device, or every device): what was kept for offline study goes. */
export function isSignOut(method: string, pathname: string): boolean {
  return method === "POST" && (pathname === "/api/auth/signout" || pathname === "/api/v1/me/sign-out-everywhere");
}

/** The /study page itself (a document, not the RSC payload of a client-side navigation). */
export function isStudyShell(url: URL, headers: Headers): boolean {
  return url.pathname === "/study" && !headers.has("RSC");
}
