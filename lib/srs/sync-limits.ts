/**
 * Offline sync bounds: the most reviews one request carries, how old a review may be, and how
 * far a device clock may run ahead. No zod, so the service worker and the offline client can import it.
 */
export const SYNC_MAX_REVIEWS = 500;
export const SYNC_MAX_AGE_DAYS = 30;
export const SYNC_CLOCK_SKEW_MS = 5 * 60_000;
