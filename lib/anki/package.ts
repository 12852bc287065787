/**
 * The .apkg container: a zip holding the collection (SQLite) and a media manifest. Legacy
 * packages carry `collection.anki2` (schema 11; Anki 2.1 also wrote `collection.anki21`);
 * modern ones (Anki 2.1.50+) carry `collection.anki21b`, zstd-compressed, a protobuf `meta`
 * and a dummy `collection.anki2` that only says "please update". Pure: bytes in, bytes out.
 */
import { unzipSync, zipSync, type Unzipped } from "fflate";
import { Decompress } from "fzstd";
import { AppError } from "@/lib/errors";
import { APKG_MAX_ENTRIES, APKG_MAX_INFLATED_BYTES } from "./schemas";

export type CollectionFormat = "anki2" | "anki21" | "anki21b";

export function badFile(reason: string): AppError {
  return new AppError("BAD_REQUEST", `This is not an Anki package we can read: ${reason}.`, {
    fields: { file: [reason] },
  });
}

const inflatedTooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", `The package inflates to more than ${APKG_MAX_INFLATED_BYTES / 1024 / 1024} MiB.`, {
    fields: { file: ["Inflates past the size limit"] },
  });

/** Writes a legacy package: the collection and an empty media manifest (we store no media). */
export function writeApkg(collection: Uint8Array): Uint8Array {
  return zipSync({
    "collection.anki2": collection,
    media: new TextEncoder().encode("{}"),
  });
}

const WANTED = new Set(["collection.anki21b", "collection.anki21", "collection.anki2", "meta"]);

/** Reads the zip's wanted entries; the sizes its directory declares are checked before anything is inflated. */
function unzipWanted(bytes: Uint8Array): Unzipped {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw badFile("it is not a zip file");
  // An object, not locals: the filter callback mutates it, which flow analysis cannot see.
  const seen = { entries: 0, declared: 0, tooMany: false, tooBig: false };
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter(f) {
        seen.entries += 1;
        if (seen.entries > APKG_MAX_ENTRIES) seen.tooMany = true;
        if (!WANTED.has(f.name)) return false;
        seen.declared += f.originalSize;
        if (seen.declared > APKG_MAX_INFLATED_BYTES) seen.tooBig = true;
        return !seen.tooMany && !seen.tooBig;
      },
    });
  } catch {
    throw badFile("the zip file is damaged");
  }
  if (seen.tooMany)
    throw new AppError("PAYLOAD_TOO_LARGE", `The package has more than ${APKG_MAX_ENTRIES} files.`, {
      fields: { file: [`More than ${APKG_MAX_ENTRIES} entries`] },
    });
  if (seen.tooBig) throw inflatedTooLarge();
  return files;
}

/** The frame's declared window or content size, read before fzstd allocates a buffer of that size. */
function zstdDeclaredSize(dat: Uint8Array): number {
  if (dat.length < 6 || dat[0] !== 0x28 || dat[1] !== 0xb5 || dat[2] !== 0x2f || dat[3] !== 0xfd)
    throw badFile("collection.anki21b is not zstd-compressed");
  const fhd = dat[4];
  const single = (fhd >> 5) & 1;
  const fcsFlag = fhd >> 6;
  const dictBytes = [0, 1, 2, 4][fhd & 3];
  let size = 0;
  if (!single) {
    const exp = 1 << (10 + (dat[5] >> 3));
    size = exp + (exp >> 3) * (dat[5] & 7);
  }
  const fcsBytes = fcsFlag === 0 ? single : 1 << fcsFlag;
  const at = 5 + (single ? 0 : 1) + dictBytes;
  let fcs = 0;
  for (let i = fcsBytes - 1; i >= 0; i--) fcs = fcs * 256 + (dat[at + i] ?? 0);
  if (fcsFlag === 1) fcs += 256;
  return Math.max(size, fcs);
}

/** zstd → bytes, never past the inflated cap (streamed, so an undeclared size is caught too). */
export function zstdInflate(dat: Uint8Array): Uint8Array {
  if (zstdDeclaredSize(dat) > APKG_MAX_INFLATED_BYTES) throw inflatedTooLarge();
  const chunks: Uint8Array[] = [];
  const out = { total: 0, over: false };
  try {
    const d = new Decompress((chunk) => {
      out.total += chunk.length;
      if (out.total > APKG_MAX_INFLATED_BYTES) out.over = true;
      else chunks.push(chunk);
    });
    d.push(dat, true);
  } catch {
    if (!out.over) throw badFile("collection.anki21b is not valid zstd data");
  }
  if (out.over) throw inflatedTooLarge();
  const bytes = new Uint8Array(out.total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** `meta` is a protobuf PackageMetadata { Version version = 1 } (1 legacy, 2 legacy anki21, 3 latest). */
function metaVersion(meta: Uint8Array | undefined): number | null {
  if (!meta || meta.length === 0) return null;
  if (meta[0] !== 0x08) return 0;
  let v = 0;
  for (let i = 1, shift = 0; i < meta.length && shift < 35; i++, shift += 7) {
    v |= (meta[i] & 0x7f) << shift;
    if (!(meta[i] & 0x80)) break;
  }
  return v;
}

/** The package's real collection as SQLite bytes, and which file it was. */
export function readApkg(bytes: Uint8Array): { format: CollectionFormat; sqlite: Uint8Array } {
  const files: Partial<Unzipped> = unzipWanted(bytes);
  const version = metaVersion(files.meta);
  if (version !== null && version > 3)
    throw badFile(
      `its format version ${version} is newer than we know; export it with "Support older Anki versions" ticked`,
    );
  if (files["collection.anki21b"]) return { format: "anki21b", sqlite: zstdInflate(files["collection.anki21b"]) };
  if (files["collection.anki21"]) return { format: "anki21", sqlite: files["collection.anki21"] };
  if (files["collection.anki2"]) return { format: "anki2", sqlite: files["collection.anki2"] };
  throw badFile("it holds no collection (collection.anki2, .anki21 or .anki21b)");
}
