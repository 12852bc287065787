import "server-only";
import { readBodyBytes } from "@/lib/authoring/raw-body";
import { AppError } from "@/lib/errors";
import { APKG_MAX_BYTES } from "./schemas";

const TYPES = new Set([
  "application/octet-stream",
  "application/zip",
  "application/x-zip-compressed",
  "application/apkg",
]);

const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", `The package must be at most ${APKG_MAX_BYTES / 1024 / 1024} MiB.`, {
    fields: { file: [`Larger than ${APKG_MAX_BYTES / 1024 / 1024} MiB`] },
  });

/** An .apkg upload: the raw body (application/octet-stream, application/zip or application/apkg), at most APKG_MAX_BYTES. */
export async function readApkgBody(req: Request): Promise<Uint8Array> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!TYPES.has(type))
    throw new AppError("BAD_REQUEST", "Send the .apkg file as the body with Content-Type: application/octet-stream.", {
      fields: {
        "content-type": [
          `Expected application/octet-stream, application/zip or application/apkg, got ${type || "nothing"}`,
        ],
      },
    });
  const bytes = await readBodyBytes(req, APKG_MAX_BYTES, tooLarge);
  if (bytes.length === 0)
    throw new AppError("BAD_REQUEST", "The file is empty.", { fields: { file: ["The file is empty"] } });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}
