/**
 * Anki package limits and content type. No zod, so the upload form can import them
 * (lib/anki/schemas.ts re-exports them for the server).
 */
/** Largest .apkg upload: a deck with its media is often several MB; 50 MiB is generous for text-only use. */
export const APKG_MAX_BYTES = 50 * 1024 * 1024;
/** The collection and meta entries, inflated (zip or zstd), together: a zip bomb stops here. */
export const APKG_MAX_INFLATED_BYTES = 200 * 1024 * 1024;
/** Entries in the zip's directory (each media file is one). */
export const APKG_MAX_ENTRIES = 20_000;
/** Notes turned into questions by one import (the same cap as GIFT/JSON imports). */
export const APKG_MAX_NOTES = 2000;
/** Review-log rows read from one package. */
export const APKG_MAX_REVLOG = 200_000;

export const APKG_CONTENT_TYPE = "application/apkg";
