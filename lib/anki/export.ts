/**
 * .apkg downloads: an author's deck (new cards, no scheduling), and a learner's studyable cards
 * with their SM-2 scheduling and review log. A learner's package holds what /study could show
 * them (visible, enrolled decks, never a quiz-only question, whose key stays secret).
 */
import "server-only";
import crypto from "node:crypto";
import { editableDeck, type Actor } from "@/lib/authoring/access";
import { exportableQuestion } from "@/lib/authoring/import-export";
import { db } from "@/lib/db/client";
import { visibleQuestionWhere } from "@/lib/decks/visibility";
import { storedSnapshot } from "@/lib/srs/card-state";
import type { Question } from "@/lib/db/generated/client";
import { writeCollection, type NoteOut } from "./collection-write";
import { guidFor, noteFor } from "./map-out";
import { writeApkg } from "./package";
import { cardSchedule, collectionCreation, revlogRows, type CardStateOut, type LogOut } from "./scheduling";

export interface ApkgFile {
  filename: string;
  bytes: Uint8Array;
}

/** A stable Anki deck id for one of our decks, so a second export lands in the same Anki deck. */
export const ankiDeckId = (deckId: string) =>
  parseInt(crypto.createHash("sha1").update(deckId).digest("hex").slice(0, 12), 16);

function note(r: Question, i: number, deckId: number, card: NoteOut["card"], revlog: NoteOut["revlog"] = []): NoteOut {
  const q = exportableQuestion(r, i);
  return { guid: guidFor(r.id), ...noteFor(q), tags: q.tags ?? [], deckId, card, revlog };
}

/** The deck's live questions as new Anki cards. */
export async function exportDeckApkg(actor: Actor, deckId: string, now = new Date()): Promise<ApkgFile> {
  const deck = await editableDeck(actor, deckId);
  const rows = await db.question.findMany({
    where: { deckId, archivedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const did = ankiDeckId(deck.id);
  const crt = collectionCreation(now, "UTC");
  const notes = rows.map((r, i) => note(r, i, did, cardSchedule(null, i + 1, crt, "UTC")));
  const sqlite = await writeCollection({
    crt,
    nowMs: now.getTime(),
    decks: [{ id: did, name: deck.title, description: deck.description }],
    notes,
  });
  return { filename: `${deck.slug}.apkg`, bytes: writeApkg(sqlite) };
}

/** The learner's studyable cards, one Anki deck per Layerwise deck, with scheduling and review log. */
export async function exportLearnerApkg(user: { id: string; timeZone: string }, now = new Date()): Promise<ApkgFile> {
  const rows = await db.question.findMany({
    where: visibleQuestionWhere(user.id),
    include: { deck: { select: { id: true, title: true, description: true } } },
    orderBy: [{ deckId: "asc" }, { position: "asc" }, { createdAt: "asc" }],
  });
  const ids = rows.map((r) => r.id);
  const [states, logs] = await Promise.all([
    db.reviewState.findMany({ where: { userId: user.id, questionId: { in: ids } } }),
    db.reviewLog.findMany({
      where: { userId: user.id, questionId: { in: ids }, undoneAt: null },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const stateOf = new Map<string, CardStateOut>(states.map((s) => [s.questionId, s]));
  const logsOf = new Map<string, LogOut[]>();
  for (const l of logs) {
    const list = logsOf.get(l.questionId) ?? logsOf.set(l.questionId, []).get(l.questionId)!;
    list.push({ ...l, before: storedSnapshot(l.before), after: storedSnapshot(l.after) });
  }
  const earliest = Math.min(
    now.getTime(),
    ...states.map((s) => s.dueAt.getTime()),
    ...logs.slice(0, 1).map((l) => l.reviewedAt.getTime()),
  );
  const crt = collectionCreation(new Date(earliest), user.timeZone);
  const taken = new Set<number>();
  const decks = new Map<string, { id: number; name: string; description: string }>();
  const notes = rows.map((r, i) => {
    const d =
      decks.get(r.deckId) ??
      decks
        .set(r.deckId, {
          id: ankiDeckId(r.deckId),
          name: `Layerwise::${r.deck.title}`,
          description: r.deck.description,
        })
        .get(r.deckId)!;
    const card = cardSchedule(stateOf.get(r.id) ?? null, i + 1, crt, user.timeZone);
    return note(r, i, d.id, card, revlogRows(logsOf.get(r.id) ?? [], taken));
  });
  const sqlite = await writeCollection({ crt, nowMs: now.getTime(), decks: [...decks.values()], notes });
  return { filename: "layerwise-cards.apkg", bytes: writeApkg(sqlite) };
}
