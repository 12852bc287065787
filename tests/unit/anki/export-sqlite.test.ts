import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { MODELS, writeCollection, type NoteOut } from "@/lib/anki/collection-write";
import { readCollection } from "@/lib/anki/collection-read";
import { planImport } from "@/lib/anki/map-in";
import { guidFor, noteFor } from "@/lib/anki/map-out";
import { readApkg, writeApkg } from "@/lib/anki/package";
import { cardSchedule, collectionCreation } from "@/lib/anki/scheduling";
import { all, oneOfEachType, openCollection } from "./helpers";

const NOW = new Date("2026-12-02T10:00:00Z");
const questions = oneOfEachType();

async function exportAll(): Promise<Uint8Array> {
  const crt = collectionCreation(NOW, "UTC");
  const notes: NoteOut[] = questions.map((q, i) => ({
    guid: guidFor(`q${i}`),
    ...noteFor(q),
    tags: q.tags ?? [],
    deckId: 4242,
    card: cardSchedule(
      i === 0
        ? {
            repetitions: 2,
            easinessE4: 26000,
            intervalDays: 6,
            dueAt: new Date("2026-12-08T04:00:00Z"),
            lapses: 1,
            reviewCount: 4,
          }
        : null,
      i + 1,
      crt,
      "UTC",
    ),
    revlog:
      i === 0
        ? [{ id: NOW.getTime() - 86_400_000, ease: 3, ivl: 6, lastIvl: 1, factor: 2600, time: 4000, type: 1 }]
        : [],
  }));
  return writeApkg(
    await writeCollection({
      crt,
      nowMs: NOW.getTime(),
      decks: [{ id: 4242, name: "Docker", description: "d" }],
      notes,
    }),
  );
}

describe("an exported .apkg, opened as Anki would", () => {
  it("is a zip with the legacy collection and an empty media manifest", async () => {
    const { files } = await openCollection(await exportAll());
    expect(files.sort()).toEqual(["collection.anki2", "media"]);
  });

  it("has the col row, our two note types with their field names, and the deck", async () => {
    const { db } = await openCollection(await exportAll());
    const [col] = all(db, "SELECT crt, ver, models, decks, dconf FROM col");
    expect(col.ver).toBe(11);
    expect(col.crt).toBe(Date.parse("2026-12-02T04:00:00Z") / 1000);
    const models = JSON.parse(col.models as string) as Record<
      string,
      { name: string; type: number; flds: { name: string; ord: number }[]; tmpls: { ord: number; qfmt: string }[] }
    >;
    expect(models[String(MODELS.basic.id)].name).toBe("Layerwise Basic");
    expect(models[String(MODELS.basic.id)].flds.map((f) => f.name)).toEqual(["Front", "Back", "Layerwise"]);
    expect(models[String(MODELS.cloze.id)].type).toBe(1);
    expect(models[String(MODELS.cloze.id)].tmpls[0].qfmt).toBe("{{cloze:Text}}");
    const decks = JSON.parse(col.decks as string) as Record<string, { name: string }>;
    expect(decks["4242"].name).toBe("Docker");
    expect(decks["1"].name).toBe("Default");
    expect(Object.keys(JSON.parse(col.dconf as string) as object)).toEqual(["1"]);
  });

  it("has one note per question (guid, model, fields joined by \\x1f, csum of the stripped first field) and one card each", async () => {
    const { db } = await openCollection(await exportAll());
    const notes = all(db, "SELECT id, guid, mid, flds, sfld, csum, tags FROM notes ORDER BY id");
    expect(notes).toHaveLength(9);
    for (const [i, n] of notes.entries()) {
      expect(n.guid).toBe(`layerwise:q${i}`);
      const fields = (n.flds as string).split("\x1f");
      expect(fields).toHaveLength(3);
      const stripped = fields[0].replace(/<[^>]*>/g, "").trim();
      expect(n.sfld).toBe(
        stripped
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"'),
      );
      const sha = crypto.createHash("sha1").update(String(n.sfld)).digest("hex");
      expect(n.csum).toBe(parseInt(sha.slice(0, 8), 16));
      expect(n.mid).toBe(questions[i].type === "cloze" ? MODELS.cloze.id : MODELS.basic.id);
    }
    const cloze = notes[questions.findIndex((q) => q.type === "cloze")];
    expect(cloze.flds as string).toMatch(/\{\{c1::[^}]+\}\}/);
    const cards = all(db, "SELECT nid, did, ord, type, queue, due, ivl, factor, reps, lapses FROM cards ORDER BY nid");
    expect(cards.map((c) => c.nid)).toEqual(notes.map((n) => n.id));
    expect(cards.every((c) => c.ord === 0 && c.did === 4242)).toBe(true);
    // The reviewed card: a review card due 6 days after crt, factor = E-Factor × 1000.
    expect(cards[0]).toMatchObject({ type: 2, queue: 2, due: 6, ivl: 6, factor: 2600, reps: 4, lapses: 1 });
    expect(cards[1]).toMatchObject({ type: 0, queue: 0, due: 2, ivl: 0 });
    const revlog = all(db, "SELECT cid, ease, ivl, lastIvl, factor, time, type FROM revlog");
    expect(revlog).toEqual([{ cid: notes[0].id, ease: 3, ivl: 6, lastIvl: 1, factor: 2600, time: 4000, type: 1 }]);
  });

  it("shows the right answer on the back of the types Basic stands in for, and never the ordering's key on the front", async () => {
    const ordering = questions.find((q) => q.type === "ordering")!;
    const single = questions.find((q) => q.type === "single")!;
    const [front] = noteFor(ordering).fields;
    if (ordering.type !== "ordering") throw new Error("fixture");
    const sorted = [...ordering.payload.items].sort();
    // Listed sorted on the front (the stored order is the answer).
    expect(front.indexOf(sorted[0])).toBeLessThan(front.indexOf(sorted[sorted.length - 1]));
    if (single.type !== "single") throw new Error("fixture");
    expect(noteFor(single).fields[1]).toContain(single.payload.options.find((o) => o.correct)!.text.slice(0, 10));
  });

  it("round trip: export → import gives the same questions, all nine types", async () => {
    const { format, sqlite } = readApkg(await exportAll());
    expect(format).toBe("anki2");
    const plan = planImport(await readCollection(sqlite));
    expect(plan.questions.map((q) => q.question)).toEqual(questions);
    expect(plan.skipped).toEqual([]);
    expect(plan.deckTitle).toBe("Docker");
  });

  it("a note edited in Anki comes back as its visible fields say, not the stale hidden copy", async () => {
    const flashcard = questions.find((q) => q.type === "flashcard")!;
    const note = noteFor(flashcard);
    const crt = collectionCreation(NOW, "UTC");
    const edited = { ...note, fields: ["<b>New front</b>", "New back", note.fields[2]] };
    const sqlite = await writeCollection({
      crt,
      nowMs: NOW.getTime(),
      decks: [{ id: 7, name: "D", description: "" }],
      notes: [{ guid: "g", ...edited, tags: [], deckId: 7, card: cardSchedule(null, 1, crt, "UTC"), revlog: [] }],
    });
    const plan = planImport(await readCollection(sqlite));
    expect(plan.questions[0].question).toMatchObject({
      type: "flashcard",
      prompt: "**New front**",
      payload: { back: "New back" },
    });
  });
});
