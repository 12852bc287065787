import { exportDeckEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { exportDeck } from "@/lib/authoring/import-export";

export const GET = handle(exportDeckEp, async ({ user, params, query }) => {
  const file = await exportDeck(user, params.deckId, query.format);
  return new Response(file.text, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
    },
  });
});
