import type { ApkgFile } from "./export";
import { APKG_CONTENT_TYPE } from "./schemas";

/** An .apkg download. */
export function apkgResponse(file: ApkgFile): Response {
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": APKG_CONTENT_TYPE,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
    },
  });
}
