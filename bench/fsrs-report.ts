import type { FsrsBench } from "./fsrs";
import { writeBlock } from "./report";

/** Replaces the FSRS section of docs/BENCHMARKS.md (appended the first time). */
export function writeFsrsReport(r: FsrsBench): void {
  const m = r.machine;
  const ratio = r.submit.SM2.p50 ? r.submit.FSRS.p50 / r.submit.SM2.p50 : NaN;
  const body = [
    "",
    `Run on ${new Date().toISOString().slice(0, 10)}, ${m.cpus} cores (${m.model}), Node ${m.node}, load average ${m.loadAverage.map((x) => x.toFixed(1)).join(" / ")} (1 / 5 / 15 min) from other jobs on the same cores.`,
    "",
    "| case | result | aim |",
    "| --- | --- | --- |",
    `| FSRS fit, ${r.fit.reviews.toLocaleString("en")} synthetic reviews (${r.fit.cards} cards), three runs | ${r.fit.runsMs.join(" / ")} ms (median ${r.fit.medianMs} ms per 10,000) | ≤ 2 s |`,
    `| the whole fit job for that learner (load, fit on 75 %, held-out comparison, refit on all, store) | ${r.fitLearnerMs} ms | — |`,
    `| "Is it working?" page service, ${r.calibration.reviews.toLocaleString("en")} reviews over ${r.calibration.cards} cards, the first view after a new review (the stored result, marked "being added"), ${r.calibration.afterReviewMs.length} runs | ${r.calibration.afterReviewMs.join(" / ")} ms | p95 < 300 ms |`,
    `| the same, viewed again with the log unchanged, ${r.calibration.runs} runs | p50 ${r.calibration.p50} ms, p95 ${r.calibration.p95} ms, max ${r.calibration.max} ms | p95 < 300 ms |`,
    `| every view above together | p95 ${r.calibration.allViewsP95} ms | p95 < 300 ms |`,
    `| the refresh after the response (the whole log replayed, SQL counts, simulator, stored), from the view's start | ${r.calibration.refreshMs.join(" / ")} ms | — |`,
    `| the learner's first view ever (nothing stored yet, so computed while they wait) | ${r.calibration.firstEverMs} ms | — |`,
    `| review submit (recordReview), SM-2, ${r.submit.SM2.reviews} reviews | p50 ${r.submit.SM2.p50} ms, p95 ${r.submit.SM2.p95} ms, mean ${r.submit.SM2.mean} ms | — |`,
    `| review submit (recordReview), FSRS, ${r.submit.FSRS.reviews} reviews | p50 ${r.submit.FSRS.p50} ms, p95 ${r.submit.FSRS.p95} ms, mean ${r.submit.FSRS.mean} ms (p50 ${ratio.toFixed(2)} × SM-2) | within 10 % of SM-2 |`,
    "",
  ];
  writeBlock("npm run bench -- --only=fsrs", body, ["## FSRS (issue #12)", SECTION_INTRO]);
}

const SECTION_INTRO = [
  "`npm run bench -- --only=fsrs` runs these cases in the bench process against the bench",
  "Postgres (no `next build`, no HTTP): the fit is the binding's optimizer on a seeded synthetic",
  "history; the calibration case calls `getCalibrationView`, the service the page renders from (the",
  "page adds only React rendering), for a learner whose 100,000 review-log rows were written",
  "with one bulk INSERT; review submit calls the app's `recordReview` for two learners, one with",
  "`scheduler` SM2 and one FSRS, alternating one review each so both see the same load (a pass",
  "of new cards, then the same cards due three days later).",
].join("\n");
