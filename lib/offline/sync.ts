import { syncReviewsEp } from "@/lib/api/routes";
import type { SyncResult } from "@/lib/srs/schemas";
import { SYNC_MAX_AGE_DAYS } from "@/lib/srs/sync-limits";
import { dropPending, pendingReviews, type PendingReview } from "./store";

/** The path the page and the service worker both sync through. */
export const SYNC_PATH = syncReviewsEp.path;
/** Background Sync's tag for "reviews are waiting". */
export const SYNC_TAG = "layerwise-reviews";
const CHUNK = 100;

export interface SyncOutcome {
  applied: number;
  duplicate: number;
  rejected: number;
}

/** Not signed in as the account the reviews were made by (401/403): they wait for it. */
export class SyncBlocked extends Error {}

// The account goes once per batch, not with every review.
const wire = ({ userId: _u, ...r }: PendingReview) => r;

/**
 * Sends the account's waiting reviews in batches and forgets each one the server answered for
 * (applied, already applied, or rejected for good). Safe to run twice at once (page and service
 * worker): a review sent twice is a duplicate on the server. A network failure leaves the rest waiting.
 */
export function syncPending(userId: string): Promise<SyncOutcome> {
  return withSyncLock(() => syncAll(userId));
}

/**
 * One sync (or offline undo) per origin at a time where Web Locks exist, so page and worker do not
 * both send, and an undo never forgets a review a sync has in flight.
 */
export function withSyncLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request("layerwise-sync", run) as Promise<T>) : run();
}

async function syncAll(userId: string): Promise<SyncOutcome> {
  const out: SyncOutcome = { applied: 0, duplicate: 0, rejected: 0 };
  const all = await pendingReviews(userId);
  // The server refuses reviews older than its limit; they can never sync, so they go here.
  const oldest = Date.now() - SYNC_MAX_AGE_DAYS * 86_400_000 + 3_600_000;
  const expired = all.filter((r) => Date.parse(r.reviewedAt) < oldest);
  await dropPending(expired.map((r) => r.clientRequestId));
  out.rejected += expired.length;
  let waiting = all.filter((r) => !expired.includes(r));
  while (waiting.length) {
    const chunk = waiting.slice(0, CHUNK);
    const res = await send(userId, chunk);
    if (res.status === 400) {
      // Reviews named in the 400 can never apply as sent: drop them and send the rest again.
      const bad = new Set(Object.keys(res.fields).map((k) => Number(/^reviews\.(\d+)\./.exec(k)?.[1] ?? -1)));
      const named = chunk.filter((_, i) => bad.has(i));
      await dropPending((named.length ? named : chunk).map((r) => r.clientRequestId));
      out.rejected += named.length || chunk.length;
      waiting = waiting.filter((r) => !(named.length ? named : chunk).includes(r));
      continue;
    }
    for (const r of res.results) out[r.status] += 1;
    await dropPending(res.results.map((r) => r.clientRequestId));
    waiting = waiting.slice(CHUNK);
  }
  return out;
}

async function send(
  userId: string,
  chunk: PendingReview[],
): Promise<{ status: 200; results: SyncResult["results"] } | { status: 400; fields: Record<string, string[]> }> {
  const res = await fetch(SYNC_PATH, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId, sentAt: new Date().toISOString(), reviews: chunk.map(wire) }),
  });
  if (res.status === 401 || res.status === 403)
    throw new SyncBlocked("Sign in as the account these reviews belong to.");
  if (res.status === 400) {
    const body = (await res.json().catch(() => ({}))) as { error?: { fields?: Record<string, string[]> } };
    return { status: 400, fields: body.error?.fields ?? {} };
  }
  if (!res.ok) throw new Error(`Sync failed: ${res.status}`);
  const body = (await res.json()) as SyncResult;
  return { status: 200, results: body.results };
}
