/**
 * Reads an Anki collection (SQLite bytes) into plain rows: note types with their field and
 * template names, decks, notes, cards and the review log. Legacy collections (schema 11) keep
 * note types and decks as JSON in `col`; modern ones (schema 15–18, `collection.anki21b`) in
 * their own tables, with protobuf configs. Pure apart from loading sql.js.
 */
import type { Database } from "sql.js";
import { AppError } from "@/lib/errors";
import { badFile } from "./package";
import { readVarintField } from "./protobuf";
import { loadSqlJs } from "./sqlite";
import { FIELD_SEPARATOR } from "./collection-write";
import { APKG_MAX_REVLOG } from "./schemas";

export interface NoteTypeIn {
  id: number;
  name: string;
  cloze: boolean;
  fields: string[];
  templates: string[];
}
export interface NoteIn {
  id: number;
  guid: string;
  mid: number;
  tags: string[];
  fields: string[];
}
export interface CardIn {
  id: number;
  nid: number;
  ord: number;
  did: number;
}
export interface RevlogIn {
  id: number;
  cid: number;
  ease: number;
  type: number;
  time: number;
}
export interface CollectionIn {
  schemaVersion: number;
  noteTypes: Map<number, NoteTypeIn>;
  decks: Map<number, string>;
  notes: NoteIn[];
  cards: CardIn[];
  revlog: RevlogIn[];
}

const MAX_SCHEMA = 18;

type Row = Record<string, unknown>;

function rows(db: Database, sql: string): Row[] {
  const stmt = db.prepare(sql);
  const out: Row[] = [];
  try {
    while (stmt.step()) out.push(stmt.getAsObject());
  } finally {
    stmt.free();
  }
  return out;
}

const num = (v: unknown) => Number(v ?? 0);
const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const blob = (v: unknown) => (v instanceof Uint8Array ? v : new Uint8Array());

interface LegacyModel {
  id?: unknown;
  name?: unknown;
  type?: unknown;
  flds?: { name?: unknown; ord?: unknown }[];
  tmpls?: { name?: unknown; ord?: unknown }[];
}

function byOrd<T extends { ord?: unknown }>(list: T[] | undefined): T[] {
  return [...(Array.isArray(list) ? list : [])].sort((a, b) => num(a.ord) - num(b.ord));
}

function legacyNoteTypes(col: Row): Map<number, NoteTypeIn> {
  const models = JSON.parse(str(col.models) || "{}") as Record<string, LegacyModel>;
  const out = new Map<number, NoteTypeIn>();
  for (const [key, m] of Object.entries(models)) {
    const id = num(m.id ?? key);
    out.set(id, {
      id,
      name: str(m.name),
      cloze: num(m.type) === 1,
      fields: byOrd(m.flds).map((f) => str(f.name)),
      templates: byOrd(m.tmpls).map((t) => str(t.name)),
    });
  }
  return out;
}

function modernNoteTypes(db: Database): Map<number, NoteTypeIn> {
  const out = new Map<number, NoteTypeIn>();
  for (const r of rows(db, "SELECT id, name, config FROM notetypes")) {
    // Notetype.Config { Kind kind = 1 }: 0 normal, 1 cloze.
    out.set(num(r.id), {
      id: num(r.id),
      name: str(r.name),
      cloze: readVarintField(blob(r.config), 1) === 1,
      fields: [],
      templates: [],
    });
  }
  for (const r of rows(db, "SELECT ntid, name FROM fields ORDER BY ntid, ord"))
    out.get(num(r.ntid))?.fields.push(str(r.name));
  for (const r of rows(db, "SELECT ntid, name FROM templates ORDER BY ntid, ord"))
    out.get(num(r.ntid))?.templates.push(str(r.name));
  return out;
}

function hasTable(db: Database, name: string): boolean {
  return rows(db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name = '${name}'`).length > 0;
}

function readAll(db: Database): CollectionIn {
  for (const t of ["col", "notes", "cards", "revlog"])
    if (!hasTable(db, t)) throw badFile(`the collection has no ${t} table`);
  const col = rows(db, "SELECT ver, models, decks FROM col LIMIT 1").at(0);
  if (!col) throw badFile("the collection's col table is empty");
  const schemaVersion = num(col.ver);
  if (schemaVersion < 11 || schemaVersion > MAX_SCHEMA)
    throw badFile(`collection schema version ${schemaVersion} is not supported (11 to ${MAX_SCHEMA} are)`);
  const modern = hasTable(db, "notetypes");
  const noteTypes = modern ? modernNoteTypes(db) : legacyNoteTypes(col);
  const decks = new Map<number, string>();
  if (modern)
    for (const r of rows(db, "SELECT id, name FROM decks")) decks.set(num(r.id), str(r.name).replace(/\x1f/g, "::"));
  else
    for (const [key, d] of Object.entries(
      JSON.parse(str(col.decks) || "{}") as Record<string, { id?: unknown; name?: unknown }>,
    ))
      decks.set(num(d.id ?? key), str(d.name));
  const notes = rows(db, "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id").map((r) => ({
    id: num(r.id),
    guid: str(r.guid),
    mid: num(r.mid),
    tags: str(r.tags).split(/\s+/).filter(Boolean),
    fields: str(r.flds).split(FIELD_SEPARATOR),
  }));
  const cards = rows(db, "SELECT id, nid, ord, did FROM cards ORDER BY nid, ord").map((r) => ({
    id: num(r.id),
    nid: num(r.nid),
    ord: num(r.ord),
    did: num(r.did),
  }));
  const count = num(rows(db, "SELECT count(*) AS n FROM revlog")[0]?.n);
  if (count > APKG_MAX_REVLOG)
    throw badFile(`its review log has ${count} entries; at most ${APKG_MAX_REVLOG} can be imported at once`);
  const revlog = rows(db, "SELECT id, cid, ease, type, time FROM revlog ORDER BY id").map((r) => ({
    id: num(r.id),
    cid: num(r.cid),
    ease: num(r.ease),
    type: num(r.type),
    time: num(r.time),
  }));
  return { schemaVersion, noteTypes, decks, notes, cards, revlog };
}

/** Opens the SQLite bytes and reads them; a damaged or foreign file is a 400 naming `file`. */
export async function readCollection(sqlite: Uint8Array): Promise<CollectionIn> {
  const SQL = await loadSqlJs();
  let db: Database;
  try {
    db = new SQL.Database(sqlite);
  } catch {
    throw badFile("the collection is not a valid SQLite database");
  }
  try {
    return readAll(db);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw badFile(
      err instanceof SyntaxError
        ? "the collection's note types or decks are not valid JSON"
        : "the collection is not a valid SQLite database",
    );
  } finally {
    db.close();
  }
}
