import { z } from "zod";
import { ankiImportReportSchema } from "@/lib/anki/schemas";
import { endpointGroup, idParams } from "../endpoint";

/**
 * Anki packages (.apkg): an author's deck out and in (a new draft deck), a learner's cards with
 * scheduling out and their Anki review history in. Mappings and limits: docs/ANKI.md.
 */
const tag = "Anki";
const authorEp = endpointGroup({ tag, access: "instructor" });
const meEp = endpointGroup({ tag, access: "user" });
const apkgBody = { "application/octet-stream": "An Anki package (.apkg), at most 50 MiB" };
const apkgFile = z.string().meta({ description: "The .apkg file (a zip; Content-Disposition: attachment)" });

export const exportDeckApkgEp = endpointGroup({
  tag,
  access: "instructor",
  params: idParams("deckId"),
  errors: [404, 422],
})({
  method: "GET",
  path: "/api/v1/author/decks/{deckId}/export.apkg",
  summary:
    "Download the deck's live questions as an Anki package: flashcards as Basic, cloze as Cloze, other types as Basic with the right answer on the back",
  response: apkgFile,
});

export const importDeckApkgEp = authorEp({
  method: "POST",
  path: "/api/v1/author/decks/import-apkg",
  summary:
    "Create a draft deck from an Anki package (legacy collection.anki2/.anki21 or modern .anki21b) sent as the raw body; all or nothing. Errors name the field: file or content-type",
  rawBody: apkgBody,
  response: ankiImportReportSchema,
  status: 201,
  errors: [413],
});

export const exportMyCardsApkgEp = meEp({
  method: "GET",
  path: "/api/v1/me/cards.apkg",
  summary: "Download the cards you can study, with your SM-2 scheduling and review log, as an Anki package",
  response: apkgFile,
});

export const importMyAnkiHistoryEp = meEp({
  method: "POST",
  path: "/api/v1/me/anki-history",
  summary:
    "Import your Anki review history (an .apkg as the raw body) onto the questions you study that it matches, replayed through your scheduler; all or nothing",
  rawBody: apkgBody,
  response: ankiImportReportSchema,
  errors: [413],
});
