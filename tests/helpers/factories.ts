import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import type { QuestionInput } from "@/lib/questions/schemas";

const uid = () => crypto.randomBytes(6).toString("hex");

export async function makeUser(
  opts: {
    role?: "LEARNER" | "INSTRUCTOR" | "ADMIN";
    timeZone?: string;
    newCardsPerDay?: number;
    reviewsPerDay?: number;
  } = {},
) {
  return db.user.create({
    data: {
      email: `u${uid()}@test.local`,
      name: "Test User",
      role: opts.role ?? "LEARNER",
      timeZone: opts.timeZone ?? "UTC",
      newCardsPerDay: opts.newCardsPerDay ?? 20,
      reviewsPerDay: opts.reviewsPerDay ?? 200,
    },
  });
}

export function singleChoice(n: number): QuestionInput {
  return {
    type: "single",
    prompt: `Question ${n}: which one?`,
    explanation: `Because ${n}.`,
    section: "4.1",
    payload: {
      options: [
        { text: `right ${n}`, correct: true },
        { text: `wrong ${n}`, correct: false },
      ],
    },
  };
}

/** A deck with `count` single-choice questions (or the given ones). */
export async function makeDeck(
  ownerId: string,
  opts: { status?: "DRAFT" | "PUBLISHED"; count?: number; questions?: QuestionInput[]; title?: string } = {},
) {
  const questions = opts.questions ?? Array.from({ length: opts.count ?? 3 }, (_, i) => singleChoice(i + 1));
  const slug = `deck-${uid()}`;
  return db.deck.create({
    data: {
      slug,
      title: opts.title ?? `Deck ${slug}`,
      ownerId,
      status: opts.status ?? "PUBLISHED",
      questions: {
        create: questions.map((q, position) => ({
          id: `q-${uid()}`,
          type: q.type,
          prompt: q.prompt,
          explanation: q.explanation,
          section: q.section,
          payload: q.payload,
          tags: q.tags ?? [],
          quizOnly: q.quizOnly ?? false,
          position,
        })),
      },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
}

export async function enroll(userId: string, deckId: string) {
  await db.deckEnrollment.create({ data: { userId, deckId } });
}

export const requestId = () => crypto.randomUUID();
