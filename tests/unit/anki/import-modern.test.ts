import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { readCollection } from "@/lib/anki/collection-read";
import { planImport } from "@/lib/anki/map-in";
import { readApkg } from "@/lib/anki/package";
import { modernCollection, zip, zstdRaw } from "./helpers";

const enc = new TextEncoder();

async function modernPackage(): Promise<Uint8Array> {
  return zip({
    // The dummy a modern export leaves for old Anki versions: never the one to read.
    "collection.anki2": enc.encode("not the real collection: please update"),
    "collection.anki21b": zstdRaw(await modernCollection()),
    meta: new Uint8Array([0x08, 0x03]),
    media: new Uint8Array(),
  });
}

describe("a modern package (collection.anki21b, zstd, schema 18)", () => {
  it("is read from collection.anki21b, not the dummy collection.anki2", async () => {
    const { format, sqlite } = readApkg(await modernPackage());
    expect(format).toBe("anki21b");
    const c = await readCollection(sqlite);
    expect(c.schemaVersion).toBe(18);
    expect([...c.noteTypes.values()].map((n) => [n.name, n.cloze, n.fields, n.templates])).toEqual([
      ["Basic (and reversed card)", false, ["Front", "Back"], ["Card 1", "Card 2"]],
      ["Cloze", true, ["Text", "Back Extra"], ["Cloze"]],
    ]);
    expect(c.decks.get(2)).toBe("Spanish::Verbs");
    expect(c.revlog).toHaveLength(2);
  });

  it("maps Basic-and-reversed to two flashcards and Cloze to cloze, HTML made safe, media dropped and reported", async () => {
    const plan = planImport(await readCollection(readApkg(await modernPackage()).sqlite));
    expect(plan.deckTitle).toBe("Spanish::Verbs");
    expect(plan.questions.map((q) => [q.ankiGuid, q.question])).toEqual([
      [
        "gUiD1",
        {
          type: "flashcard",
          prompt: "**hablar**",
          explanation: "",
          payload: { back: "to speak" },
          tags: ["verbs", "spanish-basics"],
        },
      ],
      [
        "gUiD1#1",
        {
          type: "flashcard",
          prompt: "to speak",
          explanation: "",
          payload: { back: "**hablar**" },
          tags: ["verbs", "spanish-basics"],
        },
      ],
      [
        "gUiD2",
        {
          type: "cloze",
          prompt: "Fill in the blanks.",
          explanation: "Extra *note*",
          payload: {
            text: "Docker talks to [[1]], which starts [[2]].",
            blanks: [{ accepted: ["containerd"] }, { accepted: ["runc"] }],
          },
          tags: [],
        },
      ],
    ]);
    expect(plan.byNoteType).toEqual({ "Basic (and reversed card)": 1, Cloze: 1 });
    expect(plan.skipped).toContainEqual({ what: "images", count: 2, reason: expect.stringContaining("media") });
  });

  it("reads the committed fixture compressed by the real zstd tool the same way (tests/fixtures/anki/make-modern.ts)", async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(process.cwd(), "tests/fixtures/anki/modern.apkg")));
    const fromTool = planImport(await readCollection(readApkg(bytes).sqlite));
    const built = planImport(await readCollection(readApkg(await modernPackage()).sqlite));
    expect(fromTool).toEqual(built);
  });

  it("a zip of a modern package keeps the dummy next to the real collection", async () => {
    expect(Object.keys(unzipSync(await modernPackage())).sort()).toEqual([
      "collection.anki2",
      "collection.anki21b",
      "media",
      "meta",
    ]);
  });
});
