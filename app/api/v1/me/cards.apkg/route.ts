import { exportMyCardsApkgEp } from "@/lib/api/endpoints/anki";
import { handle } from "@/lib/api/handler";
import { exportLearnerApkg } from "@/lib/anki/export";
import { apkgResponse } from "@/lib/anki/respond";

export const GET = handle(exportMyCardsApkgEp, async ({ user }) => apkgResponse(await exportLearnerApkg(user)));
