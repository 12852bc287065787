import type { Metadata } from "next";
import Link from "next/link";
import { ReliabilityChart, WorkloadChart } from "@/components/progress/calibration-charts";
import {
  ModelTable,
  ReliabilityTable,
  TrueRetentionTable,
  WorkloadTable,
} from "@/components/progress/calibration-tables";
import { buttonClass } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { requirePageUser } from "@/lib/auth/page-guards";
import { after } from "next/server";
import { RefreshWhileStale } from "@/components/progress/refresh-while-stale";
import { MIN_PREDICTIONS } from "@/lib/srs/calibration";
import { getCalibrationView, type CalibrationView } from "@/lib/srs/calibration-snapshot";

export const metadata: Metadata = { title: "Is it working?" };

const percent = (x: number) => `${Math.round(x * 100)}%`;
const muted = "text-sm text-slate-700 dark:text-slate-300";

function freshness(c: CalibrationView, timeZone: string): string {
  const at = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" });
  const as = `Computed ${at.format(new Date(c.computedAt))} (${timeZone}).`;
  if (!c.refreshing) return as;
  const what = c.newerReviews
    ? `your ${c.newerReviews} newer review${c.newerReviews === 1 ? " is" : "s are"} being added`
    : "it is being brought up to date with your settings";
  return `${as} ${what[0].toUpperCase()}${what.slice(1)}; this page updates itself in a few seconds.`;
}

export default async function CalibrationPage() {
  const user = await requirePageUser("/progress/calibration");
  const c = await getCalibrationView(user, { defer: after });
  const scheduler = c.scheduler === "FSRS" ? "FSRS-6" : "SM-2";
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">Is it working?</h1>
        <p className={muted}>
          How well your scheduler ({scheduler}, desired retention {percent(c.desiredRetention)}) predicts what you
          remember, measured on your own {c.reviews} review{c.reviews === 1 ? "" : "s"}.{" "}
          <Link href="/progress" className="underline">
            Back to progress
          </Link>
        </p>
        <RefreshWhileStale refreshing={c.refreshing} message={freshness(c, user.timeZone)} />
      </div>

      {!c.enough ? (
        <Section id="empty-h" title="Not enough reviews yet">
          <p className={muted}>
            You have {c.predictions} review{c.predictions === 1 ? "" : "s"} with a prediction; this page needs{" "}
            {MIN_PREDICTIONS}. Every review after a card&apos;s first records how likely the scheduler thought you were
            to remember it. Once there are enough, you will see a diagram of predicted against actual recall, how SM-2
            and FSRS score on your history, your true retention for young and mature cards, and how many reviews a day
            each desired retention would bring.
          </p>
          <p>
            <Link href="/study" className={buttonClass("primary")}>
              Study now
            </Link>
          </p>
        </Section>
      ) : (
        <>
          <Section id="reliability-h" title="Predicted and actual recall" size="lg">
            <p className={muted}>
              Your reviews grouped into 20 bins by the recall the scheduler predicted when you answered, against the
              share you actually recalled (grade 3 or higher). A well-calibrated scheduler sits on the diagonal.
            </p>
            <ReliabilityChart bins={c.reliability} />
            <ReliabilityTable bins={c.reliability} />
          </Section>

          <Section id="models-h" title="SM-2 and FSRS on your history" size="lg">
            <p className={muted}>
              Both schedulers replayed over your log, predicting each review from the ones before it. Lower is better.
              SM-2&apos;s replay leaves out same-day drills, which it does not schedule from.
            </p>
            <ModelTable models={c.models} logged={c.logged} />
          </Section>

          <Section id="retention-h" title="True retention" size="lg">
            <p className={muted}>
              Share of reviews passed (grade 3 or higher) for cards past their first success, as Anki counts it.
            </p>
            <TrueRetentionTable table={c.trueRetention} />
          </Section>

          <Section id="workload-h" title="Help me decide: reviews a day by desired retention" size="lg">
            <p className={muted}>
              A simulation of your {c.workload.cards} cards under FSRS-6 with your weights. Higher retention means you
              forget less and review more. You use {percent(c.desiredRetention)} now; change it in{" "}
              <Link href="/settings" className="underline">
                settings
              </Link>
              .
            </p>
            <WorkloadTable rows={c.workload.rows} current={c.desiredRetention} />
            <WorkloadChart rows={c.workload.rows} />
          </Section>
        </>
      )}
    </div>
  );
}
