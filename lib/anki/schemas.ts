import { z } from "zod";

export {
  APKG_CONTENT_TYPE,
  APKG_MAX_BYTES,
  APKG_MAX_ENTRIES,
  APKG_MAX_INFLATED_BYTES,
  APKG_MAX_NOTES,
  APKG_MAX_REVLOG,
} from "./limits";

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
