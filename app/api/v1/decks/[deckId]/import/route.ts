import { importDeckEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { importQuestions } from "@/lib/authoring/import-export";
import { readImportBody } from "@/lib/authoring/raw-body";
import { IMPORT_MAX_BYTES } from "@/lib/authoring/schemas";
import { editableDeck } from "@/lib/authoring/access";

// The body is the file itself (GIFT text or JSON), not a JSON envelope, so the contract has no
// body schema and the handler reads it: at most 1 MiB, then parsed all-or-nothing.
export const POST = handle(importDeckEp, async ({ user, params, query, req }) => {
  await editableDeck(user, params.deckId); // 404/403 before reading someone else's upload
  const { format, text } = await readImportBody(req, IMPORT_MAX_BYTES, query.format);
  const result = await importQuestions(user, params.deckId, format, text, { dryRun: query.dryRun });
  return query.dryRun ? Response.json(importDeckEp.response.parse(result), { status: 200 }) : result;
});
