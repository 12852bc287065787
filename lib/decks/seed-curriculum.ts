import type { Db, Tx } from "@/lib/db/client";
import { authoredQuestion, type CurriculumDeck } from "./curriculum-schema";

export const CURRICULUM_OWNER_EMAIL = "curriculum@layerwise.local";

/** A deck is ~40 upserts plus its versions: more than Prisma's 5 s default on a loaded machine. */
const SEED_TX = { timeout: 60_000 };

/**
 * Upserts the curriculum decks and their questions by stable id. Questions removed from a
 * file are archived, never deleted, so learners' review state and quiz history survive
 * every re-seed. Returns counts for the log.
 */
export async function seedCurriculum(
  db: Db,
  decks: CurriculumDeck[],
): Promise<{ decks: number; questions: number; archived: number }> {
  const owner = await db.user.upsert({
    where: { email: CURRICULUM_OWNER_EMAIL },
    update: {},
    create: { email: CURRICULUM_OWNER_EMAIL, name: "Layerwise curriculum", role: "INSTRUCTOR" },
  });
  let questions = 0;
  let archived = 0;
  for (const deck of decks) {
    await db.$transaction(async (tx) => {
      const row = await tx.deck.upsert({
        where: { slug: deck.slug },
        update: {
          title: deck.title,
          description: deck.description,
          chapter: deck.chapter,
          status: "PUBLISHED",
          archivedAt: null,
        },
        create: {
          slug: deck.slug,
          title: deck.title,
          description: deck.description,
          chapter: deck.chapter,
          status: "PUBLISHED",
          ownerId: owner.id,
        },
      });
      for (const [position, curriculumQuestion] of deck.questions.entries()) {
        const q = authoredQuestion(curriculumQuestion);
        const data = {
          deckId: row.id,
          type: q.type,
          prompt: q.prompt,
          explanation: q.explanation,
          payload: q.payload as object,
          section: q.section,
          position,
          archivedAt: null,
        };
        await tx.question.upsert({ where: { id: q.id }, update: data, create: { id: q.id, ...data } });
        questions++;
      }
      await reconcileVersions(tx, row.id);
      const gone = await tx.question.updateMany({
        where: { deckId: row.id, archivedAt: null, id: { notIn: deck.questions.map((q) => q.id) } },
        data: { archivedAt: new Date() },
      });
      archived += gone.count;
      const quiz = await tx.quiz.findFirst({ where: { deckId: row.id } });
      if (!quiz) {
        await tx.quiz.create({
          data: {
            deckId: row.id,
            title: `${deck.title} — chapter quiz`,
            questionCount: 10,
            timeLimitSeconds: 600,
            attemptsAllowed: 3,
            passMarkPercent: 70,
            createdById: owner.id,
          },
        });
      }
    }, SEED_TX);
  }
  return { decks: decks.length, questions, archived };
}

/**
 * A re-seed rewrites published questions in place, but a published version never changes
 * (attempts and reviews pin it): a question whose content moved goes on to the next version,
 * and every current version is stored as published. See lib/questions/version-rules.ts.
 */
async function reconcileVersions(tx: Tx, deckId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Question" q SET version = q.version + 1
    FROM "QuestionVersion" v
    WHERE v."questionId" = q.id AND v.version = q.version AND v."publishedAt" IS NOT NULL AND q."deckId" = ${deckId}
      AND (v.type, v.prompt, v.explanation, v.payload, v.section) IS DISTINCT FROM (q.type, q.prompt, q.explanation, q.payload, q.section)`;
  await tx.$executeRaw`
    INSERT INTO "QuestionVersion" (id, "questionId", version, type, prompt, explanation, payload, section, "publishedAt", "createdAt")
    SELECT 'qv-' || q.id || '-' || q.version, q.id, q.version, q.type, q.prompt, q.explanation, q.payload, q.section, now(), now()
    FROM "Question" q WHERE q."deckId" = ${deckId}
    ON CONFLICT ("questionId", version) DO UPDATE SET type = EXCLUDED.type, prompt = EXCLUDED.prompt,
      explanation = EXCLUDED.explanation, payload = EXCLUDED.payload, section = EXCLUDED.section, "publishedAt" = now()
    WHERE "QuestionVersion"."publishedAt" IS NULL`;
}
