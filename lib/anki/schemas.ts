import { z } from "zod";

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

/** What an import did, and what it left out (and why). */
export const ankiImportReportSchema = z
  .object({
    format: z
      .enum(["anki2", "anki21", "anki21b"])
      .meta({ description: "Which collection file of the package was read" }),
    deckId: z
      .string()
      .nullable()
      .meta({ description: "The new draft deck (instructor import); null for a learner import" }),
    created: z.number().int().meta({ description: "Questions created" }),
    byNoteType: z.record(z.string(), z.number().int()).meta({ description: "Notes read per Anki note type name" }),
    reviewsImported: z.number().int(),
    cardsUpdated: z.number().int().meta({ description: "Cards whose schedule was replayed from the imported log" }),
    skipped: z
      .array(z.object({ what: z.string(), count: z.number().int(), reason: z.string() }))
      .meta({ description: "Everything not imported, counted, with the reason" }),
  })
  .meta({ id: "AnkiImportReport" });
export type AnkiImportReport = z.infer<typeof ankiImportReportSchema>;
