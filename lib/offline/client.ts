// The study page's offline side, loaded lazily (import()) so /study's first load does not carry it.
import { api } from "@/lib/api/client";
import { offlinePackEp } from "@/lib/api/routes";
import type { CheckResult } from "@/lib/questions/types";
import type { StudyQueue } from "@/lib/srs/schemas";
import { OFFLINE_CACHES, SYNCED_MESSAGE } from "./routes";
import {
  packCard,
  pendingReviews,
  queueReview,
  savePack,
  setSignedInUser,
  takePending,
  type PendingReview,
} from "./store";
import { SYNC_TAG, syncPending, withSyncLock, type SyncOutcome } from "./sync";

export type { PendingReview, SyncOutcome };
export { SyncBlocked } from "./sync";

const SW_URL = "/serwist/sw.js";

/**
 * Registers the service worker (scope "/") and marks this account as the one signed in here,
 * then, once the worker controls the page, fetches /study and `keep` (the page's queue URL)
 * through it: the page's own first requests went out before the worker was there to keep them.
 */
export async function startOffline(userId: string, keep: readonly string[]): Promise<void> {
  await setSignedInUser(userId);
  if (!("serviceWorker" in navigator)) return;
  await navigator.serviceWorker.register(SW_URL, { scope: "/", type: "module" });
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller)
    await new Promise<void>((resolve) =>
      navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true }),
    );
  if (!navigator.onLine) return;
  await Promise.all(
    ["/study", ...keep].map((url) => fetch(url, { credentials: "same-origin" }).catch(() => undefined)),
  );
}

/**
 * Rewrites the worker's copy of the queue at `url` (only if it kept one: the worker, not the page,
 * decides what is cached) to what the page now holds.
 */
export async function keepQueue(url: string, queue: StudyQueue): Promise<void> {
  // caches.open would create the cache: after a sign-out that must stay gone.
  if (!("caches" in globalThis) || !(await caches.has(OFFLINE_CACHES.queue))) return;
  const cache = await caches.open(OFFLINE_CACHES.queue);
  if (!(await cache.match(url, { ignoreVary: true }))) return;
  await cache.put(url, Response.json(queue));
}

/** Keeps what each card's reveal shows, for studying these cards offline. */
export async function keepPack(userId: string, questionIds: readonly string[]): Promise<void> {
  if (!questionIds.length) return;
  const pack = await api(offlinePackEp, { body: { questionIds: [...new Set(questionIds)].slice(0, 200) } });
  await savePack(userId, pack.cards);
}

/** An offline reveal: the kept solution and explanation, self-graded (correct null: every grade allowed). */
export async function revealOffline(userId: string, questionId: string): Promise<CheckResult | null> {
  const card = await packCard(userId, questionId);
  if (!card) return null;
  return { result: { correct: null, score: 0, feedback: [] }, solution: card.solution, explanation: card.explanation };
}

/** Keeps a grade to sync later, and asks for Background Sync where the browser has it. */
export async function queueOffline(review: PendingReview): Promise<void> {
  await queueReview(review);
  if (!("serviceWorker" in navigator)) return;
  const reg = await navigator.serviceWorker.getRegistration();
  // Background Sync is Chromium's; elsewhere the page syncs on its "online" event and on load.
  if (reg && "sync" in reg) await reg.sync.register(SYNC_TAG).catch(() => undefined);
}

/**
 * Offline undo: a grade that never left the device is simply forgotten (true). False when a sync
 * (the page's or the worker's) has already sent it: then only the server's undo can take it back.
 */
export function undoOffline(clientRequestId: string): Promise<boolean> {
  return withSyncLock(() => takePending(clientRequestId));
}

export async function waiting(userId: string): Promise<PendingReview[]> {
  return pendingReviews(userId);
}

export const syncNow = syncPending;

/** Calls `fn` whenever the service worker synced in the background. */
export function onBackgroundSync(fn: (o: SyncOutcome) => void): () => void {
  const listener = (e: MessageEvent) => {
    const data = e.data as { type?: string; outcome?: SyncOutcome } | null;
    if (data?.type === SYNCED_MESSAGE && data.outcome) fn(data.outcome);
  };
  if (!("serviceWorker" in navigator)) return () => {};
  navigator.serviceWorker.addEventListener("message", listener);
  return () => navigator.serviceWorker.removeEventListener("message", listener);
}
