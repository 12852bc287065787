import { describe, expect, it } from "vitest";
import initSqlJs from "sql.js";
import { readCollection } from "@/lib/anki/collection-read";
import { readApkg, zstdInflate } from "@/lib/anki/package";
import { APKG_MAX_INFLATED_BYTES } from "@/lib/anki/schemas";
import { AppError } from "@/lib/errors";
import { zip } from "./helpers";

const enc = new TextEncoder();

async function refusal(run: () => unknown): Promise<{ status: number; fields: unknown }> {
  try {
    await run();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { status: err.status, fields: err.extra.fields };
  }
  throw new Error("expected a refusal");
}

describe("bad packages are a 4xx naming the file and the reason", () => {
  it("not a zip", async () => {
    expect(await refusal(() => readApkg(enc.encode("hello")))).toEqual({
      status: 400,
      fields: { file: ["it is not a zip file"] },
    });
  });

  it("a damaged zip", async () => {
    const bytes = zip({ "collection.anki2": enc.encode("x".repeat(1000)) }).slice(0, 60);
    expect((await refusal(() => readApkg(bytes))).status).toBe(400);
  });

  it("a zip without a collection", async () => {
    const r = await refusal(() => readApkg(zip({ media: enc.encode("{}") })));
    expect(r).toEqual({ status: 400, fields: { file: [expect.stringContaining("no collection")] } });
  });

  it("a collection that is not SQLite", async () => {
    const { sqlite } = readApkg(
      zip({ "collection.anki2": enc.encode("definitely not sqlite, but long enough to look like a file") }),
    );
    expect(await refusal(() => readCollection(sqlite))).toEqual({
      status: 400,
      fields: { file: ["the collection is not a valid SQLite database"] },
    });
  });

  it("SQLite without Anki's tables, and an unsupported schema version", async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    db.run("CREATE TABLE t (x)");
    expect((await refusal(() => readCollection(db.export()))).fields).toEqual({
      file: ["the collection has no col table"],
    });
    db.run(`CREATE TABLE col (ver, models, decks); CREATE TABLE notes (x); CREATE TABLE cards (x); CREATE TABLE revlog (x);
            INSERT INTO col VALUES (99, '{}', '{}')`);
    expect((await refusal(() => readCollection(db.export()))).fields).toEqual({
      file: ["collection schema version 99 is not supported (11 to 18 are)"],
    });
  });

  it("a format version newer than we know", async () => {
    const r = await refusal(() =>
      readApkg(zip({ meta: new Uint8Array([0x08, 0x09]), "collection.anki21b": new Uint8Array(8) })),
    );
    expect(r.status).toBe(400);
  });

  it("zip bombs: a zstd frame declaring more than the cap is refused before anything is allocated", async () => {
    const frame = new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0xc0, 0, 0, 0, 0, 0, 0, 0, 1, 0]); // 8-byte content size 2^56
    expect((await refusal(() => zstdInflate(frame))).status).toBe(413);
    expect(APKG_MAX_INFLATED_BYTES).toBeLessThan(2 ** 56);
  });

  it("zip bombs: an entry declaring more than the cap is refused before it is inflated", async () => {
    const bytes = zip({ "collection.anki2": new Uint8Array(1000) });
    // The central directory's uncompressed size (offset 24 of its header), which fflate sizes its buffer by.
    const cd = bytes.findIndex(
      (b, i) => b === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2,
    );
    new DataView(bytes.buffer).setUint32(cd + 24, APKG_MAX_INFLATED_BYTES + 1, true);
    expect((await refusal(() => readApkg(bytes))).status).toBe(413);
  });

  it("zip bombs: an entry that inflates past its declared size stops at that size", () => {
    const bytes = zip({ "collection.anki2": new Uint8Array(1_000_000) });
    const cd = bytes.findIndex(
      (b, i) => b === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2,
    );
    new DataView(bytes.buffer).setUint32(cd + 24, 1000, true);
    expect(readApkg(bytes).sqlite.length).toBe(1000);
  });

  it("not zstd where zstd belongs", async () => {
    expect(
      (await refusal(() => readApkg(zip({ "collection.anki21b": enc.encode("plain text here") })))).fields,
    ).toEqual({
      file: ["collection.anki21b is not zstd-compressed"],
    });
  });
});
