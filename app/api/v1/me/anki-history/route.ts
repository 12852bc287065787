import { importMyAnkiHistoryEp } from "@/lib/api/endpoints/anki";
import { handle } from "@/lib/api/handler";
import { importLearnerHistory } from "@/lib/anki/import";
import { readApkgBody } from "@/lib/anki/upload";

export const POST = handle(importMyAnkiHistoryEp, async ({ user, req }) =>
  importLearnerHistory(user, await readApkgBody(req)),
);
