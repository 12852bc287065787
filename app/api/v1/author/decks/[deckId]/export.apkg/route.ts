import { exportDeckApkgEp } from "@/lib/api/endpoints/anki";
import { handle } from "@/lib/api/handler";
import { exportDeckApkg } from "@/lib/anki/export";
import { apkgResponse } from "@/lib/anki/respond";

export const GET = handle(exportDeckApkgEp, async ({ user, params }) =>
  apkgResponse(await exportDeckApkg(user, params.deckId)),
);
