import "server-only";
import { db } from "@/lib/db/client";
import { VISIBLE_QUESTION_SQL, visibleQuestionWhere } from "@/lib/decks/visibility";
import { displayRng } from "@/lib/questions/display-order";
import { toPublicQuestion } from "@/lib/questions/redact";
import type { StoredQuestion } from "@/lib/questions/types";
import type { ReviewState } from "@/lib/db/generated/client";
import { snapshotOf, toCardStateDto, type StateFields } from "./card-state";
import { previewSm2 } from "./preview";
import { getLearnerScheduler } from "./fsrs-params";
import { loadReviewEvents } from "./fsrs-history";
import { replayFsrs } from "./fsrs/replay";
import { newFsrsState } from "./fsrs/scheduler";
import { endOfStudyDay, fsrsMemoryOf, previewFsrs, SHORT_TERM_PHASES } from "./schedule-review";
import type { QueueCard, StudyQueue as Queue, TodaySummary } from "./schemas";
import { startOfStudyDay, studyDayOf } from "./study-day";

export interface QueueUser {
  id: string;
  timeZone: string;
  newCardsPerDay: number;
  reviewsPerDay: number;
}

type StateRow = ReviewState;
interface QuestionRow {
  qType: StoredQuestion["type"];
  qPrompt: string;
  qSection: string | null;
  qPayload: unknown;
  deckTitle: string;
}

/**
 * Today's study queue: cards due now (oldest first), then new cards from the learner's
 * decks up to the daily new-card limit, all capped by the daily review limit; plus cards
 * graded below 4 today that still need a same-day drill. "Today" starts 04:00 local.
 * Under FSRS the drills are the cards in FSRS's short-term (re)learning steps due before the
 * study day ends, and every card's grade previews come from FSRS.
 */
export async function getQueue(user: QueueUser, now = new Date(), limit = 50): Promise<Queue> {
  const studyDay = studyDayOf(now, user.timeZone);
  const dayStart = startOfStudyDay(studyDay, user.timeZone);

  const [todayLogs, learner] = await Promise.all([
    db.reviewLog.findMany({
      where: { userId: user.id, reviewedAt: { gte: dayStart }, undoneAt: null },
      select: { questionId: true, grade: true, drill: true, before: true, correct: true, reviewedAt: true },
      orderBy: { id: "asc" },
    }),
    getLearnerScheduler(user.id),
  ]);
  const onFsrs = learner.scheduler === "FSRS";
  const scheduled = todayLogs.filter((l) => !l.drill);
  // One per card: FSRS logs its same-day steps as reviews, which must not eat the daily limit
  // any more than SM-2's drills do (under SM-2 a card has one non-drill log a day anyway).
  const doneToday = new Set(scheduled.map((l) => l.questionId)).size;
  const newToday = scheduled.filter((l) => (l.before as { isNew?: boolean }).isNew).length;
  const lastGrade = new Map<string, number>();
  for (const l of todayLogs) lastGrade.set(l.questionId, l.grade);
  const drillInclude = { question: { include: { deck: { select: { title: true } } } } } as const;
  const fsrsDrills = onFsrs
    ? await db.reviewState.findMany({
        where: {
          userId: user.id,
          fsrsPhase: { in: SHORT_TERM_PHASES },
          dueAt: { lt: endOfStudyDay(now, user.timeZone) },
          question: visibleQuestionWhere(),
        },
        include: drillInclude,
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      })
    : [];
  const drillIds = onFsrs
    ? fsrsDrills.map((r) => r.questionId)
    : [...lastGrade].filter(([, g]) => g < 4).map(([id]) => id);

  const remainingToday = Math.max(0, user.reviewsPerDay - doneToday);
  // One query each for due and new cards: the rows of this page plus, by a window count,
  // how many there are in all (the index on ReviewState(userId, dueAt) drives the due scan).
  const dueRows = await db.$queryRaw<(StateRow & QuestionRow & { total: bigint })[]>`
    SELECT rs.*, q.type::text AS "qType", q.prompt AS "qPrompt", q.section AS "qSection", q.payload AS "qPayload", d.title AS "deckTitle",
           count(*) OVER () AS total
    FROM "ReviewState" rs
    JOIN "Question" q ON q.id = rs."questionId"
    JOIN "Deck" d ON d.id = q."deckId" AND ${VISIBLE_QUESTION_SQL}
    JOIN "DeckEnrollment" e ON e."deckId" = d.id AND e."userId" = ${user.id}
    WHERE rs."userId" = ${user.id} AND rs."dueAt" <= ${now} AND rs."questionId" <> ALL(${drillIds}::text[])
    ORDER BY rs."dueAt" ASC, rs.id
    LIMIT ${Math.max(1, Math.min(limit, remainingToday))}`;
  const dueCount = Number(dueRows[0]?.total ?? 0);
  const dueToday = Math.min(dueCount, remainingToday);
  const duePage = dueRows.slice(0, Math.min(limit, remainingToday));
  const newAllowed = Math.max(0, Math.min(user.newCardsPerDay - newToday, remainingToday - dueToday));
  const newRows =
    newAllowed > 0
      ? await db.$queryRaw<(QuestionRow & { id: string; total: bigint })[]>`
          SELECT q.id, q.type::text AS "qType", q.prompt AS "qPrompt", q.section AS "qSection", q.payload AS "qPayload", d.title AS "deckTitle",
                 count(*) OVER () AS total
          FROM "DeckEnrollment" e
          JOIN "Deck" d ON d.id = e."deckId"
          JOIN "Question" q ON q."deckId" = d.id AND ${VISIBLE_QUESTION_SQL}
          WHERE e."userId" = ${user.id}
            AND NOT EXISTS (SELECT 1 FROM "ReviewState" rs WHERE rs."userId" = ${user.id} AND rs."questionId" = q.id)
          ORDER BY d.title ASC, q.position ASC
          LIMIT ${Math.max(1, Math.min(newAllowed, limit - duePage.length))}`
      : [];
  const newAvailable = Number(newRows[0]?.total ?? 0);
  const newPage = duePage.length < limit ? newRows.slice(0, Math.min(newAllowed, limit - duePage.length)) : [];
  const drillRows = onFsrs
    ? fsrsDrills
    : drillIds.length
      ? await db.reviewState.findMany({
          where: { userId: user.id, questionId: { in: drillIds }, question: visibleQuestionWhere() },
          include: drillInclude,
        })
      : [];
  // Only a card reviewed before FSRS kept state beside SM-2's lacks it; replay those from their own logs.
  const lacking = onFsrs ? [...duePage, ...drillRows].filter((r) => r.fsrsPhase === null).map((r) => r.questionId) : [];
  const history = lacking.length ? await loadReviewEvents(db, user.id, lacking) : null;

  const fromRow = (id: string, r: QuestionRow) => ({
    ...toPublicQuestion(
      { id, type: r.qType, prompt: r.qPrompt, explanation: "", section: r.qSection, payload: r.qPayload },
      { shuffle: true, rng: displayRng({ userId: user.id, questionId: id }) },
    ),
    deckTitle: r.deckTitle,
  });
  const publicCard = (q: {
    id: string;
    type: StoredQuestion["type"];
    prompt: string;
    section: string | null;
    payload: unknown;
    deck: { title: string };
  }) =>
    fromRow(q.id, {
      qType: q.type,
      qPrompt: q.prompt,
      qSection: q.section,
      qPayload: q.payload,
      deckTitle: q.deck.title,
    });
  const card = (kind: QueueCard["kind"], question: QueueCard["question"], state: StateFields | null): QueueCard => {
    const snapshot = snapshotOf(state);
    const memory = onFsrs
      ? (fsrsMemoryOf(snapshot, now) ??
        replayFsrs(history?.get(question.id) ?? [], learner.params) ??
        newFsrsState(now))
      : null;
    return {
      kind,
      question,
      state: toCardStateDto(question.id, snapshot),
      next: memory
        ? previewFsrs(memory, now, learner.params, user.timeZone)
        : previewSm2(snapshot, kind === "drill", now, user.timeZone),
    };
  };
  const cards: QueueCard[] = [
    ...duePage.map((r) => card("due", fromRow(r.questionId, r), r)),
    ...newPage.map((q) => card("new", fromRow(q.id, q), null)),
    ...drillRows.map((r) => card("drill", publicCard(r.question), r)),
  ];
  return {
    studyDay,
    counts: {
      due: dueToday,
      new: Math.min(newAllowed, newAvailable),
      drill: drillRows.length,
      doneToday,
      newToday,
      remainingToday,
    },
    today: summariseToday(todayLogs),
    cards,
  };
}

/** Today's grades from the log rows (already without undone ones). */
export function summariseToday(logs: { grade: number; correct: boolean | null; reviewedAt: Date }[]): TodaySummary {
  const grades = [0, 0, 0, 0, 0, 0];
  for (const l of logs) grades[l.grade] += 1;
  return {
    reviewed: logs.length,
    answered: logs.filter((l) => l.correct !== null).length,
    answeredRight: logs.filter((l) => l.correct === true).length,
    grades,
    firstReviewAt: logs[0]?.reviewedAt.toISOString() ?? null,
    lastReviewAt: logs.at(-1)?.reviewedAt.toISOString() ?? null,
  };
}
