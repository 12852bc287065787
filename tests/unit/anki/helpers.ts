/** Test helpers for Anki packages: open one the way Anki would (fflate + sql.js), and build foreign ones. */
import { unzipSync, zipSync } from "fflate";
import initSqlJs, { type Database } from "sql.js";
import { authoredQuestion } from "@/lib/decks/curriculum-schema";
import { loadCurriculum } from "@/lib/decks/curriculum";
import type { QuestionInput } from "@/lib/questions/schemas";

export async function openCollection(
  bytes: Uint8Array,
  entry = "collection.anki2",
): Promise<{ db: Database; files: string[] }> {
  const files = unzipSync(bytes);
  const SQL = await initSqlJs();
  return { db: new SQL.Database(files[entry]), files: Object.keys(files) };
}

export function all(db: Database, sql: string): Record<string, unknown>[] {
  const res = db.exec(sql)[0];
  if (!res) return [];
  return res.values.map((row) => Object.fromEntries(res.columns.map((c, i) => [c, row[i]])));
}

/** A zstd frame of raw (uncompressed) blocks: valid zstd that fzstd reads, for fixtures built in a test. */
export function zstdRaw(data: Uint8Array): Uint8Array {
  const MAX = 128 * 1024;
  const parts: number[] = [0x28, 0xb5, 0x2f, 0xfd, 0x80 /* FCS 4 bytes, windowed */, 0x58 /* window 2^21 */];
  const n = data.length;
  parts.push(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff);
  const out: Uint8Array[] = [new Uint8Array(parts)];
  for (let at = 0; at < n || at === 0; at += MAX) {
    const size = Math.min(MAX, n - at);
    const last = at + MAX >= n ? 1 : 0;
    const header = (size << 3) | last; // block type 0 (raw)
    out.push(
      new Uint8Array([header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff]),
      data.subarray(at, at + size),
    );
    if (n === 0) break;
  }
  const total = out.reduce((s, p) => s + p.length, 0);
  const buf = new Uint8Array(total);
  let at = 0;
  for (const p of out) {
    buf.set(p, at);
    at += p.length;
  }
  return buf;
}

export const zip = (files: Record<string, Uint8Array>) => zipSync(files);

/** The first curriculum question of each of the nine types. */
export function oneOfEachType(): QuestionInput[] {
  const { decks } = loadCurriculum();
  const seen = new Map<string, QuestionInput>();
  for (const d of decks)
    for (const q of d.questions) {
      const { id: _id, ...question } = authoredQuestion(q);
      if (!seen.has(q.type)) seen.set(q.type, question);
    }
  return [...seen.values()];
}

/**
 * A modern (schema 18) collection as Anki 2.1.50+ writes inside collection.anki21b: note types,
 * fields, templates and decks in their own tables, configs as protobuf.
 */
export async function modernCollection(): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run(`
    CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
      dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
      dconf text not null, tags text not null);
    CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
      tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
    CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
      usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null,
      reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null,
      data text not null);
    CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
      lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
    CREATE TABLE notetypes (id integer not null primary key, name text not null, mtime_secs integer not null, usn integer not null, config blob not null);
    CREATE TABLE fields (ntid integer not null, ord integer not null, name text not null, config blob not null, primary key (ntid, ord)) without rowid;
    CREATE TABLE templates (ntid integer not null, ord integer not null, name text not null, mtime_secs integer not null, usn integer not null,
      config blob not null, primary key (ntid, ord)) without rowid;
    CREATE TABLE decks (id integer primary key not null, name text not null, mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null);
    INSERT INTO col VALUES (1, 1700000000, 0, 0, 18, 0, 0, 0, '', '', '', '', '');
    INSERT INTO decks VALUES (1, 'Default', 0, 0, x'', x''), (2, 'Spanish' || char(31) || 'Verbs', 0, 0, x'', x'');
  `);
  // Notetype.Config: field 1 (kind) = 1 for cloze; a normal type omits it (proto3 default). Field 3 (css) string before it.
  db.run("INSERT INTO notetypes VALUES (10, 'Basic (and reversed card)', 0, 0, ?)", [
    new Uint8Array([0x1a, 0x02, 0x61, 0x62]),
  ]);
  db.run("INSERT INTO notetypes VALUES (11, 'Cloze', 0, 0, ?)", [new Uint8Array([0x1a, 0x01, 0x61, 0x08, 0x01])]);
  db.run(`INSERT INTO fields VALUES (10, 0, 'Front', x''), (10, 1, 'Back', x''), (11, 0, 'Text', x''), (11, 1, 'Back Extra', x'');
          INSERT INTO templates VALUES (10, 0, 'Card 1', 0, 0, x''), (10, 1, 'Card 2', 0, 0, x''), (11, 0, 'Cloze', 0, 0, x'');`);
  const sep = "\x1f";
  db.run("INSERT INTO notes VALUES (100, 'gUiD1', 10, 0, 0, ' verbs Spanish::Basics ', ?, '', 0, 0, '')", [
    `<b>hablar</b>${sep}to speak<img src="x.png">`,
  ]);
  db.run("INSERT INTO notes VALUES (101, 'gUiD2', 11, 0, 0, '', ?, '', 0, 0, '')", [
    `Docker talks to {{c1::containerd::a daemon}}, which starts {{c2::runc}}.<script>alert(1)</script>${sep}Extra <i>note</i>`,
  ]);
  db.run(`INSERT INTO cards VALUES (1000, 100, 2, 0, 0, 0, 2, 2, 10, 5, 2500, 3, 0, 0, 0, 0, 0, ''),
                                  (1001, 100, 2, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, ''),
                                  (1002, 101, 2, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, '')`);
  db.run(`INSERT INTO revlog VALUES (1733000000000, 1000, 0, 3, 1, 0, 2500, 5000, 0),
                                   (1733086400000, 1000, 0, 3, 6, 1, 2500, 4000, 1)`);
  const bytes = db.export();
  db.close();
  return bytes;
}
