import "server-only";
import { AppError } from "@/lib/errors";
import { textProblem } from "@/lib/text-input";
import { tooLarge } from "./import-export";
import type { ImportFormat } from "./schemas";

/** The raw body, refused with `tooLarge()` as soon as it passes `maxBytes` (it is never buffered whole). */
export async function readBodyBytes(req: Request, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks);
}

/**
 * Reads an import upload: the raw body as UTF-8 text, stopping as soon as it passes `maxBytes`
 * (413), so an oversized upload is never buffered whole. GIFT comes as text/plain and JSON
 * as application/json; without ?format= the content type decides.
 */
export async function readImportBody(
  req: Request,
  maxBytes: number,
  format?: ImportFormat,
): Promise<{ format: ImportFormat; text: string }> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  const isJson = type === "application/json";
  if (!isJson && type !== "text/plain") {
    throw new AppError(
      "BAD_REQUEST",
      "Send the file as the body with Content-Type: text/plain (GIFT) or application/json (JSON).",
      {
        fields: { "content-type": [`Expected text/plain or application/json, got ${type || "nothing"}`] },
      },
    );
  }
  const bytes = await readBodyBytes(req, maxBytes, tooLarge);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("BAD_REQUEST", "The file is not UTF-8 text; save it as UTF-8 and try again.");
  }
  const problem = textProblem(text);
  if (problem) {
    // Name the first offending line, as the parsers do for every other problem in a file.
    const line = text.split(/\r?\n/).findIndex((l) => textProblem(l) !== null) + 1 || 1;
    throw new AppError("BAD_REQUEST", `The file is not valid text: line ${line} ${problem}.`, {
      fields: { [`line ${line}`]: [`Text ${problem}`] },
    });
  }
  if (!text.trim())
    throw new AppError("BAD_REQUEST", "The file is empty.", { fields: { "line 1": ["The file is empty"] } });
  return { format: format ?? (isJson ? "json" : "gift"), text };
}
