import "server-only";
import { db } from "@/lib/db/client";
import { VISIBLE_QUESTION } from "@/lib/questions/access";
import { toPublicQuestion } from "@/lib/questions/redact";
import type { PublicQuestion } from "@/lib/questions/types";
import { snapshotOf, toCardStateDto } from "./card-state";
import type { CardState } from "./schemas";
import { startOfStudyDay, studyDayOf } from "./study-day";

export interface QueueUser {
  id: string;
  timeZone: string;
  newCardsPerDay: number;
  reviewsPerDay: number;
}

export interface QueueCard {
  kind: "due" | "new" | "drill";
  question: PublicQuestion & { deckTitle: string };
  state: CardState;
}

export interface Queue {
  studyDay: string;
  counts: { due: number; new: number; drill: number; doneToday: number; newToday: number; remainingToday: number };
  cards: QueueCard[];
}

const liveIn = (userId: string) => ({ archivedAt: null, deck: { status: "PUBLISHED" as const, archivedAt: null, enrollments: { some: { userId } } } });

/**
 * Today's study queue: cards due now (oldest first), then new cards from the learner's
 * decks up to the daily new-card limit, all capped by the daily review limit; plus cards
 * graded below 4 today that still need a same-day drill. "Today" starts 04:00 local.
 */
export async function getQueue(user: QueueUser, now = new Date(), limit = 50): Promise<Queue> {
  const studyDay = studyDayOf(now, user.timeZone);
  const dayStart = startOfStudyDay(studyDay, user.timeZone);

  const todayLogs = await db.reviewLog.findMany({
    where: { userId: user.id, reviewedAt: { gte: dayStart }, undoneAt: null },
    select: { questionId: true, grade: true, drill: true, before: true },
    orderBy: { id: "asc" },
  });
  const scheduled = todayLogs.filter((l) => !l.drill);
  const doneToday = scheduled.length;
  const newToday = scheduled.filter((l) => (l.before as { isNew?: boolean }).isNew).length;
  const lastGrade = new Map<string, number>();
  for (const l of todayLogs) lastGrade.set(l.questionId, l.grade);
  const drillIds = [...lastGrade].filter(([, g]) => g < 4).map(([id]) => id);

  const remainingToday = Math.max(0, user.reviewsPerDay - doneToday);
  const dueWhere = { userId: user.id, dueAt: { lte: now }, question: liveIn(user.id), questionId: { notIn: drillIds } };
  const [dueCount, dueRows] = await Promise.all([
    db.reviewState.count({ where: dueWhere }),
    db.reviewState.findMany({
      where: dueWhere,
      orderBy: { dueAt: "asc" },
      take: Math.min(limit, remainingToday),
      include: { question: { include: { deck: { select: { title: true } } } } },
    }),
  ]);
  const dueToday = Math.min(dueCount, remainingToday);
  const newAllowed = Math.max(0, Math.min(user.newCardsPerDay - newToday, remainingToday - dueToday));
  const newWhere = { ...liveIn(user.id), reviewStates: { none: { userId: user.id } } };
  const [newAvailable, newRows] = await Promise.all([
    newAllowed > 0 ? db.question.count({ where: newWhere }) : Promise.resolve(0),
    newAllowed > 0 && dueRows.length < limit
      ? db.question.findMany({
          where: newWhere,
          orderBy: [{ deck: { title: "asc" } }, { position: "asc" }],
          take: Math.min(newAllowed, limit - dueRows.length),
          include: { deck: { select: { title: true } } },
        })
      : Promise.resolve([]),
  ]);
  const drillRows = drillIds.length
    ? await db.reviewState.findMany({
        where: { userId: user.id, questionId: { in: drillIds }, question: VISIBLE_QUESTION },
        include: { question: { include: { deck: { select: { title: true } } } } },
      })
    : [];

  const publicCard = (q: (typeof newRows)[number]) => ({ ...toPublicQuestion(q, { shuffle: true }), deckTitle: q.deck.title });
  const cards: QueueCard[] = [
    ...dueRows.map((r) => ({ kind: "due" as const, question: publicCard(r.question), state: toCardStateDto(r.questionId, snapshotOf(r)) })),
    ...newRows.map((q) => ({ kind: "new" as const, question: publicCard(q), state: toCardStateDto(q.id, snapshotOf(null)) })),
    ...drillRows.map((r) => ({ kind: "drill" as const, question: publicCard(r.question), state: toCardStateDto(r.questionId, snapshotOf(r)) })),
  ];
  return {
    studyDay,
    counts: { due: dueToday, new: Math.min(newAllowed, newAvailable), drill: drillRows.length, doneToday, newToday, remainingToday },
    cards,
  };
}
