/**
 * .apkg uploads. An instructor's package becomes a new DRAFT deck they own (all or nothing, one
 * transaction). A learner cannot own or change a deck, so a learner's package brings only their
 * review history, onto the questions they can study that it names (our own guid from an export,
 * or the Anki guid an instructor's import kept): each review is replayed through the live
 * scheduler (SM-2 and FSRS, as if it had been graded here), logged, and the card's state set
 * to the result, so both schedulers start from the learner's real history.
 */
import "server-only";
import { assertAuthor, type Actor } from "@/lib/authoring/access";
import { freeSlug, slugify } from "@/lib/authoring/decks";
import { recordAudit } from "@/lib/audit/record";
import { deckAudit, deckFields } from "@/lib/audit/targets";
import { db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { visibleQuestionWhere } from "@/lib/decks/visibility";
import { readCollection, type CollectionIn } from "./collection-read";
import { planImport } from "./map-in";
import { questionIdOf } from "./map-out";
import { readApkg } from "./package";
import { replayImported } from "./replay";
import type { ImportedReview } from "./replay-pure";
import { easeToGrade } from "./scheduling";
import { APKG_MAX_NOTES, type AnkiImportReport } from "./schemas";

const TX = { timeout: 60_000, maxWait: 10_000 };

async function open(bytes: Uint8Array) {
  const { format, sqlite } = readApkg(bytes);
  return { format, collection: await readCollection(sqlite) };
}

/** Creates a draft deck from the package's notes; returns what was made and what was left out. */
export async function importDeckApkg(actor: Actor, bytes: Uint8Array): Promise<AnkiImportReport> {
  assertAuthor(actor);
  const { format, collection } = await open(bytes);
  const plan = planImport(collection);
  if (plan.questions.length > APKG_MAX_NOTES)
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `This package makes ${plan.questions.length} questions; one import may make at most ${APKG_MAX_NOTES}.`,
      {
        fields: { file: [`${plan.questions.length} questions; at most ${APKG_MAX_NOTES} per import`] },
      },
    );
  if (plan.questions.length === 0)
    throw new AppError("BAD_REQUEST", "No note in this package could be imported.", {
      fields: {
        file: plan.skipped.length
          ? plan.skipped.map((s) => `${s.count} ${s.what}: ${s.reason}`)
          : ["The package has no notes"],
      },
    });
  const title = plan.deckTitle;
  for (let attempt = 0; ; attempt++) {
    try {
      const deckId = await db.$transaction(async (tx) => {
        const deck = await tx.deck.create({
          data: {
            slug: await freeSlug(slugify(title), tx),
            title,
            description: "Imported from Anki.",
            ownerId: actor.id,
            status: "DRAFT",
          },
        });
        const rows = await tx.question.createManyAndReturn({
          data: plan.questions.map((q, i) => ({
            deckId: deck.id,
            type: q.question.type,
            prompt: q.question.prompt,
            explanation: q.question.explanation,
            section: q.question.section ?? null,
            payload: q.question.payload,
            tags: q.question.tags ?? [],
            quizOnly: q.question.quizOnly ?? false,
            position: i,
            ankiGuid: q.ankiGuid,
            publishedAt: null,
          })),
          select: { id: true },
        });
        await recordAudit(tx, { ...deckAudit(actor, deck.id, "deck.create"), after: deckFields(deck) });
        await recordAudit(tx, {
          ...deckAudit(actor, deck.id, "deck.import"),
          after: { format: "apkg", created: rows.length },
        });
        return deck.id;
      }, TX);
      const reviews = collection.revlog.length;
      return {
        format,
        deckId,
        created: plan.questions.length,
        byNoteType: plan.byNoteType,
        reviewsImported: 0,
        cardsUpdated: 0,
        skipped: [
          ...plan.skipped,
          ...(reviews
            ? [
                {
                  what: "reviews",
                  count: reviews,
                  reason: "a new deck starts without history; each learner imports their own",
                },
              ]
            : []),
        ],
      };
    } catch (err) {
      // Two imports of "Spanish" at once may pick the same free slug: try again with the next one.
      if (!isUniqueViolation(err) || attempt >= 4) throw err;
    }
  }
}

/** Each card's usable reviews (eases 1–4 of learning, review, relearning and filtered reviews), by note guid (+ "#1" for a reverse card). */
function reviewsByGuid(c: CollectionIn): Map<string, ImportedReview[]> {
  const guidOf = new Map(c.notes.map((n) => [n.id, n.guid]));
  const cardKey = new Map<number, string>();
  for (const card of c.cards) {
    const guid = guidOf.get(card.nid);
    if (guid !== undefined && card.ord <= 1) cardKey.set(card.id, card.ord === 0 ? guid : `${guid}#1`);
  }
  const out = new Map<string, ImportedReview[]>();
  for (const r of c.revlog) {
    const key = cardKey.get(r.cid);
    const grade = easeToGrade(r.ease);
    if (!key || grade === null || r.type > 3) continue;
    (out.get(key) ?? out.set(key, []).get(key)!).push({
      revlogId: r.id,
      grade,
      durationMs: r.time > 0 ? r.time : null,
    });
  }
  return out;
}

/** Imports the learner's Anki review history onto the matching questions they can study. */
export async function importLearnerHistory(
  user: { id: string; timeZone: string },
  bytes: Uint8Array,
  now = new Date(),
): Promise<AnkiImportReport> {
  const { format, collection } = await open(bytes);
  const byGuid = reviewsByGuid(collection);
  const guids = [...byGuid.keys()];
  const ownIds = guids.map(questionIdOf).filter((id): id is string => !!id);
  const matches = await db.question.findMany({
    where: { ...visibleQuestionWhere(user.id), OR: [{ id: { in: ownIds } }, { ankiGuid: { in: guids } }] },
    select: { id: true, ankiGuid: true, version: true },
  });
  const targets = matches.map((q) => ({
    questionId: q.id,
    questionVersion: q.version,
    reviews: byGuid.get(q.ankiGuid && byGuid.has(q.ankiGuid) ? q.ankiGuid : `layerwise:${q.id}`) ?? [],
  }));
  const matchedGuids = new Set(matches.flatMap((q) => [q.ankiGuid, `layerwise:${q.id}`]));
  const unmatched = guids.filter((g) => !matchedGuids.has(g)).length;
  const result = await db.$transaction((tx) => replayImported(tx, user, targets, now), TX);
  const byNoteType: Record<string, number> = {};
  for (const n of collection.notes) {
    const name = collection.noteTypes.get(n.mid)?.name ?? "unknown";
    byNoteType[name] = (byNoteType[name] ?? 0) + 1;
  }
  return {
    format,
    deckId: null,
    created: 0,
    byNoteType,
    reviewsImported: result.imported,
    cardsUpdated: result.cards,
    skipped: [
      ...(unmatched
        ? [
            {
              what: "cards",
              count: unmatched,
              reason:
                "no question you study here matches them (export from Layerwise, or ask your instructor to import the deck)",
            },
          ]
        : []),
      ...result.skipped,
    ],
  };
}
