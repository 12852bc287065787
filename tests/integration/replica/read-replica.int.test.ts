import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseIfMissing } from "@/lib/db/bootstrap";
import { db, disconnectReplicas, lagDb } from "@/lib/db/client";
import { startEmbeddedPostgres, urlFor, type EmbeddedServer } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { startStandby, waitForReplay } from "@/lib/db/standby";
import { getCalibration } from "@/lib/srs/calibration";
import { getQueue } from "@/lib/srs/queue";
import { recordReview } from "@/lib/srs/reviews";
import { getProgress } from "@/lib/srs/stats";
import { enroll, makeDeck, makeUser, requestId } from "@/tests/helpers/factories";

/**
 * A real streaming replica: a second Postgres started as a hot standby of a primary of its own
 * (not the suite's shared server), the app pointed at both. While the standby's replay is paused
 * the two differ, so each read shows which server answered it.
 */
const root = path.resolve(import.meta.dirname, "../../../.data/test-replica");
let primary: EmbeddedServer;
let standby: EmbeddedServer;
let primaryUrl: string;
let standbyUrl: string;
let standbyAdmin: pg.Client;

beforeAll(async () => {
  primary = await startEmbeddedPostgres(path.join(root, "primary"));
  await createDatabaseIfMissing(primary.baseUrl, "layerwise_replica");
  primaryUrl = urlFor(primary.baseUrl, "layerwise_replica");
  const admin = new pg.Client({ connectionString: primaryUrl });
  await admin.connect();
  // A fresh schema each run: the primary's data dir is kept between runs like the other test servers.
  await admin.query(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public`);
  await admin.end();
  await migrate(primaryUrl);
  standby = await startStandby(primary.baseUrl, path.join(root, "standby"));
  standbyUrl = urlFor(standby.baseUrl, "layerwise_replica");
  await waitForReplay(primaryUrl, standbyUrl);
  standbyAdmin = new pg.Client({ connectionString: standbyUrl });
  await standbyAdmin.connect();

  const g = globalThis as { layerwiseDb?: { $disconnect(): Promise<void> } };
  await g.layerwiseDb?.$disconnect();
  delete g.layerwiseDb;
  process.env.DATABASE_URL = primaryUrl;
  process.env.DATABASE_REPLICA_URL = standbyUrl;
}, 120_000);

afterAll(async () => {
  await disconnectReplicas();
  delete process.env.DATABASE_REPLICA_URL;
  await standbyAdmin?.end();
  await standby?.stop();
  await primary?.stop();
}, 60_000);

const pauseReplay = () => standbyAdmin.query("SELECT pg_wal_replay_pause()");
const resumeReplay = () => standbyAdmin.query("SELECT pg_wal_replay_resume()");

describe("read replica (a hot standby streaming from the primary)", () => {
  it("sends lag-tolerant reads to the standby and everything else to the primary", async () => {
    const [onLag] = await lagDb.$queryRaw<{ recovery: boolean }[]>`SELECT pg_is_in_recovery() AS recovery`;
    const [onPrimary] = await db.$queryRaw<{ recovery: boolean }[]>`SELECT pg_is_in_recovery() AS recovery`;
    expect(onLag.recovery).toBe(true);
    expect(onPrimary.recovery).toBe(false);
  });

  it("while the standby lags, the study loop sees a review at once and progress catches up when the standby replays it", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const learner = await makeUser();
    const deck = await makeDeck(owner.id, { count: 3 });
    await enroll(learner.id, deck.id);
    const now = new Date();
    await waitForReplay(primaryUrl, standbyUrl);
    expect((await getProgress(learner, now)).totalReviews).toBe(0);

    await pauseReplay();
    try {
      const first = (await getQueue(learner, now)).cards[0];
      await recordReview(
        learner,
        { clientRequestId: requestId(), questionId: first.question.id, grade: 5, expectedVersion: 0 },
        now,
      );

      // The study loop reads the primary: the card just graded is no longer in today's queue.
      const queue = await getQueue(learner, now);
      expect(queue.counts.doneToday).toBe(1);
      expect(queue.cards.map((c) => c.question.id)).not.toContain(first.question.id);
      // Progress and calibration read the standby, which has not replayed the review yet.
      expect((await getProgress(learner, now)).totalReviews).toBe(0);
      expect((await getCalibration(learner, now)).reviews).toBe(0);
    } finally {
      await resumeReplay();
    }
    await waitForReplay(primaryUrl, standbyUrl);
    expect((await getProgress(learner, now)).totalReviews).toBe(1);
  });

  it("a write through the lag-tolerant client is refused by the standby (it is read-only)", async () => {
    const lagWrite = lagDb.user.create({ data: { email: "nobody@replica.local", name: "x" } });
    await expect(lagWrite).rejects.toThrow(/read-only transaction/);
  });
});
