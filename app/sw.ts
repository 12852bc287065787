/// <reference lib="webworker" />
// The service worker, bundled by @serwist/turbopack (app/serwist/[path]/route.ts) and served at
// /serwist/sw.js with scope "/". What it keeps: the app's static files (precached), the /study
// page and today's study queue (network first, the last answer when offline). What it never
// keeps: anything of quizzes or attempts (network only), and it clears what it kept on sign-out.
import { NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";
import { forgetSignedInUser, signedInUser } from "@/lib/offline/store";
import { SYNC_TAG, syncPending } from "@/lib/offline/sync";
import {
  OFFLINE_CACHES,
  isQuizPath,
  isSignOut,
  isStudyQueue,
  isStudyShell,
  SYNCED_MESSAGE,
} from "@/lib/offline/routes";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    // Quiz items are never cached: not the pages, not the API, not a failed request's fallback.
    { matcher: ({ url, sameOrigin }) => sameOrigin && isQuizPath(url.pathname), handler: new NetworkOnly() },
    {
      // The URL names the learner (?learner=<id>), so another account on this device never gets this entry.
      matcher: ({ url, sameOrigin }) => sameOrigin && isStudyQueue(url),
      handler: new NetworkFirst({
        cacheName: OFFLINE_CACHES.queue,
        networkTimeoutSeconds: 5,
        matchOptions: { ignoreVary: true },
      }),
    },
    {
      matcher: ({ url, request, sameOrigin }) => sameOrigin && isStudyShell(url, request.headers),
      handler: new NetworkFirst({
        cacheName: OFFLINE_CACHES.shell,
        networkTimeoutSeconds: 5,
        matchOptions: { ignoreVary: true },
      }),
    },
  ],
});

// Before Serwist's listener: a sign-out (here or everywhere) drops the study page, the queue and the kept solutions.
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (url.origin === self.location.origin && isSignOut(event.request.method, url.pathname))
    event.waitUntil(
      Promise.all([...Object.values(OFFLINE_CACHES).map((name) => caches.delete(name)), forgetSignedInUser()]),
    );
});

serwist.addEventListeners();

async function syncInBackground(): Promise<void> {
  const user = await signedInUser();
  if (!user) return;
  const outcome = await syncPending(user);
  for (const client of await self.clients.matchAll({ type: "window" }))
    client.postMessage({ type: SYNCED_MESSAGE, outcome });
}

// Background Sync (Chromium): the browser wakes the worker once the device is back on-line.
self.addEventListener("sync", (event) => {
  const e = event as ExtendableEvent & { tag?: string };
  if (e.tag === SYNC_TAG) e.waitUntil(syncInBackground());
});
