import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { OfflinePack, OfflineReview } from "@/lib/srs/schemas";

/** A review graded while the server could not be reached, waiting in IndexedDB to be synced. */
export interface PendingReview extends OfflineReview {
  /** The account it was made by: only that account's session ever sends it. */
  userId: string;
}

export type PackCard = OfflinePack["cards"][number];

interface OfflineDb extends DBSchema {
  pending: { key: string; value: PendingReview; indexes: { byUser: string } };
  /** What a reveal shows, per learner and card (key `${userId}|${questionId}`). */
  pack: { key: string; value: PackCard & { userId: string } };
  /** `user`: the account signed in on this device, for the service worker's Background Sync. */
  meta: { key: string; value: string };
}

export const DB_NAME = "layerwise-offline";
let opened: Promise<IDBPDatabase<OfflineDb>> | null = null;

export function offlineDb(): Promise<IDBPDatabase<OfflineDb>> {
  opened ??= openDB<OfflineDb>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore("pending", { keyPath: "clientRequestId" }).createIndex("byUser", "userId");
      db.createObjectStore("pack");
      db.createObjectStore("meta");
    },
  });
  return opened;
}

export async function queueReview(review: PendingReview): Promise<void> {
  await (await offlineDb()).put("pending", review);
}

/** The account's waiting reviews, oldest first. */
export async function pendingReviews(userId: string): Promise<PendingReview[]> {
  const all = await (await offlineDb()).getAllFromIndex("pending", "byUser", userId);
  return all.sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt));
}

/** Forgets one waiting review; false if it was not waiting (already synced). */
export async function takePending(id: string): Promise<boolean> {
  const tx = (await offlineDb()).transaction("pending", "readwrite");
  const found = (await tx.store.getKey(id)) !== undefined;
  if (found) await tx.store.delete(id);
  await tx.done;
  return found;
}

export async function dropPending(ids: readonly string[]): Promise<void> {
  const tx = (await offlineDb()).transaction("pending", "readwrite");
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
}

export async function savePack(userId: string, cards: readonly PackCard[]): Promise<void> {
  const tx = (await offlineDb()).transaction("pack", "readwrite");
  await Promise.all([...cards.map((c) => tx.store.put({ ...c, userId }, `${userId}|${c.questionId}`)), tx.done]);
}

export async function packCard(userId: string, questionId: string): Promise<PackCard | undefined> {
  const row = await (await offlineDb()).get("pack", `${userId}|${questionId}`);
  if (!row) return undefined;
  const { userId: _owner, ...card } = row;
  return card;
}

export async function setSignedInUser(userId: string | null): Promise<void> {
  const db = await offlineDb();
  if (userId) await db.put("meta", userId, "user");
  else await db.delete("meta", "user");
}

export async function signedInUser(): Promise<string | undefined> {
  return (await offlineDb()).get("meta", "user");
}

/**
 * Sign-out: the solutions kept for offline study and the signed-in mark go. Waiting reviews stay
 * (they name their account and sync only under its session), so signing out offline loses nothing.
 */
export async function forgetSignedInUser(): Promise<void> {
  const db = await offlineDb();
  await db.clear("pack");
  await db.delete("meta", "user");
}
