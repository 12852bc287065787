import "server-only";
import type { FsrsFields } from "./card-state";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fsrsParamsFrom, getLearnerScheduler, newestAdoptedModel } from "./fsrs-params";
import { loadReviewEvents } from "./fsrs-history";
import { replayFsrs } from "./fsrs/replay";
import { FSRS_PHASES } from "./schedule-review";
import type { SchedulerInput, SchedulerSettings, SchedulerSwitchResult } from "./schemas";
import { dueAtFor } from "./study-day";

/** The learner's scheduler, desired retention and the FSRS model in use. */
export async function getSchedulerSettings(userId: string): Promise<SchedulerSettings> {
  const { scheduler, desiredRetention, model } = await getLearnerScheduler(userId);
  return { scheduler, desiredRetention, model };
}

interface CardRow extends FsrsFields {
  id: string;
  questionId: string;
  intervalDays: number;
  dueAt: Date;
  lastReviewedAt: Date | null;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * Switches the learner's scheduler (or FSRS's desired retention) in one transaction. Going to
 * FSRS replays every card's log into its FSRS memory state. Due dates stay as they are unless
 * `reschedule`, which moves them to the new scheduler's (SM-2: lastReviewedAt + intervalDays).
 * Every changed card's version moves on, so a tab holding it gets the usual 409.
 */
export async function switchScheduler(
  userId: string,
  timeZone: string,
  input: SchedulerInput,
): Promise<SchedulerSwitchResult> {
  const counts = await db.$transaction(
    async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { desiredRetention: true } });
      if (!user) throw new AppError("NOT_FOUND", "No such account.");
      const desiredRetention = input.desiredRetention ?? user.desiredRetention;
      await tx.user.update({ where: { id: userId }, data: { scheduler: input.scheduler, desiredRetention } });
      // Locked first, so a review landing meanwhile waits and then gets the 409 with the new state.
      const cards = await tx.$queryRaw<CardRow[]>`
        SELECT id, "questionId", "intervalDays", "dueAt", "lastReviewedAt", "fsrsStability", "fsrsDifficulty",
               "fsrsPhase", "fsrsStep", "fsrsDueAt", "fsrsLastReviewedAt"
        FROM "ReviewState" WHERE "userId" = ${userId} ORDER BY id FOR UPDATE`;
      const originals = new Map(cards.map((c) => [c.id, { ...c }]));
      let replayed = 0;
      if (input.scheduler === "FSRS") {
        const model = await newestAdoptedModel(userId, tx);
        const params = fsrsParamsFrom(model?.parameters, desiredRetention);
        const history = await loadReviewEvents(tx, userId);
        for (const c of cards) {
          const m = replayFsrs(history.get(c.questionId) ?? [], params);
          if (!m) continue;
          replayed += 1;
          c.fsrsStability = m.stability;
          c.fsrsDifficulty = m.difficulty;
          c.fsrsPhase = FSRS_PHASES.indexOf(m.state);
          c.fsrsStep = m.step;
          c.fsrsDueAt = new Date(m.due);
          c.fsrsLastReviewedAt = m.lastReview ? new Date(m.lastReview) : null;
        }
      }
      let rescheduled = 0;
      const changed: CardRow[] = [];
      for (const c of cards) {
        if (input.reschedule) {
          const due =
            input.scheduler === "FSRS"
              ? c.fsrsDueAt
              : c.lastReviewedAt
                ? dueAtFor(c.lastReviewedAt, c.intervalDays, timeZone)
                : null;
          if (due && due.getTime() !== c.dueAt.getTime()) {
            c.dueAt = due;
            rescheduled += 1;
          }
        }
        if (differs(originals.get(c.id)!, c)) changed.push(c);
      }
      await writeCards(tx, changed);
      return { replayed, rescheduled };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  return { ...(await getSchedulerSettings(userId)), ...counts };
}

function differs(a: CardRow, b: CardRow): boolean {
  return (
    iso(a.dueAt) !== iso(b.dueAt) ||
    a.fsrsStability !== b.fsrsStability ||
    a.fsrsDifficulty !== b.fsrsDifficulty ||
    a.fsrsPhase !== b.fsrsPhase ||
    a.fsrsStep !== b.fsrsStep ||
    iso(a.fsrsDueAt) !== iso(b.fsrsDueAt) ||
    iso(a.fsrsLastReviewedAt) !== iso(b.fsrsLastReviewedAt)
  );
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** One statement for all changed cards (a learner may have thousands). */
async function writeCards(tx: Tx, cards: CardRow[]): Promise<void> {
  if (cards.length === 0) return;
  const col = <T>(f: (c: CardRow) => T) => cards.map(f);
  await tx.$executeRaw`
    UPDATE "ReviewState" rs SET "dueAt" = v.due::timestamp(3), "fsrsStability" = v.s, "fsrsDifficulty" = v.d,
      "fsrsPhase" = v.p, "fsrsStep" = v.st, "fsrsDueAt" = v.fdue::timestamp(3), "fsrsLastReviewedAt" = v.flast::timestamp(3),
      version = rs.version + 1, "updatedAt" = ${new Date()}
    FROM unnest(${col((c) => c.id)}::text[], ${col((c) => iso(c.dueAt))}::text[], ${col((c) => c.fsrsStability)}::float8[],
                ${col((c) => c.fsrsDifficulty)}::float8[], ${col((c) => c.fsrsPhase)}::int4[], ${col((c) => c.fsrsStep)}::int4[],
                ${col((c) => iso(c.fsrsDueAt))}::text[], ${col((c) => iso(c.fsrsLastReviewedAt))}::text[])
         AS v(id, due, s, d, p, st, fdue, flast)
    WHERE rs.id = v.id`;
}
