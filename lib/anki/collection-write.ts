/**
 * Writes a legacy Anki collection (schema 11, `collection.anki2`): the layout Anki's own
 * exporter wrote up to 2.1.49 and every later Anki imports. The `col` row holds the note types
 * (models), decks and deck options (dconf) as JSON; notes hold their fields joined by \x1f.
 * References: rslib/src/storage/schema11.sql and genanki's writer.
 */
import crypto from "node:crypto";
import { loadSqlJs } from "./sqlite";

export const FIELD_SEPARATOR = "\x1f";

/** Our note types. Fixed ids, so importing a second export into Anki reuses them. */
export const MODELS = {
  basic: { id: 1733130000001, name: "Layerwise Basic", fields: ["Front", "Back", "Layerwise"], type: 0 },
  cloze: { id: 1733130000002, name: "Layerwise Cloze", fields: ["Text", "Back Extra", "Layerwise"], type: 1 },
} as const;
export type ModelKind = keyof typeof MODELS;

/** A card's scheduling columns (Anki's meaning: type/queue 0 new, 1 learning, 2 review; due in days since crt for review cards). */
export interface CardSchedule {
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
}

export interface RevlogRow {
  /** Milliseconds since the epoch when the review happened (Anki's revlog id). */
  id: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}

export interface NoteOut {
  guid: string;
  model: ModelKind;
  /** HTML, in the model's field order. */
  fields: string[];
  tags: string[];
  deckId: number;
  card: CardSchedule;
  revlog: RevlogRow[];
}

export interface CollectionOut {
  /** Collection creation, seconds: the start of the day review due numbers count from. */
  crt: number;
  nowMs: number;
  decks: { id: number; name: string; description: string }[];
  notes: NoteOut[];
}

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
  odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);`;

/** Anki's sort field and duplicate check read the first field without its HTML (media file names kept). */
export function stripHtmlKeepMedia(html: string): string {
  return html
    .replace(/<img[^>]*src=["']?([^"'>\s]+)["']?[^>]*>/gi, " $1 ")
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gi, "")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .trim();
}

/** notes.csum: the first 8 hex digits of the SHA-1 of the stripped first field, as an integer. */
export function fieldChecksum(firstField: string): number {
  return parseInt(crypto.createHash("sha1").update(stripHtmlKeepMedia(firstField)).digest("hex").slice(0, 8), 16);
}

function modelJson(kind: ModelKind, deckId: number, mod: number) {
  const m = MODELS[kind];
  const tmpl =
    kind === "basic"
      ? { name: "Card 1", qfmt: "{{Front}}", afmt: '{{FrontSide}}\n\n<hr id="answer">\n\n{{Back}}' }
      : { name: "Cloze", qfmt: "{{cloze:Text}}", afmt: "{{cloze:Text}}<br>\n{{Back Extra}}" };
  return {
    id: m.id,
    name: m.name,
    type: m.type,
    mod,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [{ ...tmpl, ord: 0, bqfmt: "", bafmt: "", did: null, bfont: "", bsize: 0 }],
    flds: m.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] })),
    css: ".card { font-family: arial; font-size: 20px; text-align: left; color: black; background-color: white; }",
    latexPre:
      "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
    latexPost: "\\end{document}",
    latexsvg: false,
    req: [[0, "any", [0]]],
    tags: [],
    vers: [],
  };
}

function deckJson(d: { id: number; name: string; description: string }, mod: number) {
  return {
    id: d.id,
    name: d.name,
    desc: d.description,
    mod,
    usn: -1,
    dyn: 0,
    conf: 1,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

const DECK_OPTIONS = {
  "1": {
    id: 1,
    name: "Default",
    mod: 0,
    usn: 0,
    dyn: false,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
  },
};

/** The collection as SQLite bytes. Revlog ids must be unique: callers give distinct milliseconds. */
export async function writeCollection(c: CollectionOut): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    const mod = Math.floor(c.nowMs / 1000);
    const firstDeck = c.decks[0]?.id ?? 1;
    db.run(SCHEMA);
    const decks: Record<string, unknown> = {
      "1": deckJson({ id: 1, name: "Default", description: "" }, mod),
    };
    for (const d of c.decks) decks[String(d.id)] = deckJson(d, mod);
    const models = Object.fromEntries(
      (Object.keys(MODELS) as ModelKind[]).map((k) => [String(MODELS[k].id), modelJson(k, firstDeck, mod)]),
    );
    const conf = {
      activeDecks: [firstDeck],
      curDeck: firstDeck,
      newSpread: 0,
      collapseTime: 1200,
      timeLim: 0,
      estTimes: true,
      dueCounts: true,
      curModel: String(MODELS.basic.id),
      nextPos: c.notes.length + 1,
      sortType: "noteFld",
      sortBackwards: false,
      addToCur: true,
      schedVer: 2,
    };
    db.run("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [
      c.crt,
      c.nowMs,
      c.nowMs,
      JSON.stringify(conf),
      JSON.stringify(models),
      JSON.stringify(decks),
      JSON.stringify(DECK_OPTIONS),
    ]);
    const note = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const card = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, '')");
    const rev = db.prepare("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)");
    db.run("BEGIN");
    c.notes.forEach((n, i) => {
      const id = c.nowMs + i;
      const tags = n.tags.length ? ` ${n.tags.join(" ")} ` : "";
      note.run([
        id,
        n.guid,
        MODELS[n.model].id,
        mod,
        tags,
        n.fields.join(FIELD_SEPARATOR),
        stripHtmlKeepMedia(n.fields[0] ?? ""),
        fieldChecksum(n.fields[0] ?? ""),
      ]);
      const s = n.card;
      card.run([id, id, n.deckId, mod, s.type, s.queue, s.due, s.ivl, s.factor, s.reps, s.lapses]);
      for (const r of n.revlog) rev.run([r.id, id, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]);
    });
    db.run("COMMIT");
    note.free();
    card.free();
    rev.free();
    return db.export();
  } finally {
    db.close();
  }
}
