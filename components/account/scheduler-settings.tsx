"use client";
import { useEffect, useState } from "react";
import { Alert, StatusAlert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { ErrorText, TextField } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { useApiForm } from "@/components/ui/use-api-form";
import { api } from "@/lib/api/client";
import { getSchedulerEp, switchSchedulerEp } from "@/lib/api/routes";
import type { SchedulerSettings as Settings, SchedulerSwitchResult } from "@/lib/srs/schemas";

type Name = Settings["scheduler"];

const CHOICES: { value: Name; label: string; text: string }[] = [
  {
    value: "SM2",
    label: "SM-2",
    text: "The classic SuperMemo rule: each pass multiplies the interval by the card's ease; a miss starts the card again.",
  },
  {
    value: "FSRS",
    label: "FSRS",
    text: "Models how fast you forget each card and schedules it when your chance of recalling it falls to your target.",
  },
];

const pct = (r: number) => Math.round(r * 100);

function savedText(r: SchedulerSwitchResult): string {
  const which = r.scheduler === "FSRS" ? `FSRS at ${pct(r.desiredRetention)} % target retention` : "SM-2";
  const replayed = r.replayed
    ? ` ${r.replayed} card${r.replayed === 1 ? "" : "s"} got a memory state from your history.`
    : "";
  const moved = r.rescheduled
    ? ` ${r.rescheduled} due date${r.rescheduled === 1 ? "" : "s"} moved.`
    : " Your due dates were kept.";
  return `Saved: ${which}.${replayed}${moved}`;
}

function modelText(m: Settings["model"]): string {
  if (!m.fitted || !m.fittedAt)
    return "FSRS uses its default weights until it has been fitted to enough of your reviews.";
  return `FSRS uses weights fitted to your ${m.reviewCount ?? 0} reviews on ${new Date(m.fittedAt).toLocaleDateString()}.`;
}

/** The learner's choice of scheduler, FSRS's target retention and whether to reschedule now. */
export function SchedulerSettings() {
  const { fields, setFields, status, setStatus, pending, submit } = useApiForm();
  const [loaded, setLoaded] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [scheduler, setScheduler] = useState<Name>("SM2");
  const [percent, setPercent] = useState("90");
  const [reschedule, setReschedule] = useState(false);

  useEffect(() => {
    let live = true;
    api(getSchedulerEp, {})
      .then((s) => {
        if (!live) return;
        setLoaded(s);
        setScheduler(s.scheduler);
        setPercent(String(pct(s.desiredRetention)));
      })
      .catch((err: unknown) => {
        if (live) setLoadError(err instanceof Error ? err.message : "Could not load your scheduler.");
      });
    return () => {
      live = false;
    };
  }, []);

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const p = Number(percent);
    if (scheduler === "FSRS" && (!Number.isInteger(p) || p < 70 || p > 97)) {
      setFields({ desiredRetention: ["Use a whole number from 70 to 97."] });
      setStatus({ kind: "error", text: "Check the target retention." });
      return;
    }
    const body = { scheduler, reschedule, ...(scheduler === "FSRS" ? { desiredRetention: p / 100 } : {}) };
    const res = await submit(switchSchedulerEp, { body }, "Could not save the scheduler.");
    if (!res) return;
    setLoaded(res);
    setReschedule(false);
    setStatus({ kind: "success", text: savedText(res) });
  }

  return (
    <Section id="scheduler-heading" title="Scheduler" size="lg" className="flex flex-col gap-4">
      {loadError && <Alert>{loadError}</Alert>}
      <StatusAlert status={status} />
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate aria-busy={!loaded}>
        <fieldset className="flex flex-col gap-2" aria-describedby="field-scheduler-error">
          <legend className="text-sm font-medium">Which scheduler sets your due dates</legend>
          {CHOICES.map((c) => (
            <div key={c.value} className="flex items-start gap-2">
              <input
                type="radio"
                id={`scheduler-${c.value}`}
                name="scheduler"
                value={c.value}
                checked={scheduler === c.value}
                onChange={() => setScheduler(c.value)}
                aria-describedby={`scheduler-${c.value}-text`}
                className="mt-1"
              />
              <div>
                <label htmlFor={`scheduler-${c.value}`} className="text-sm font-medium">
                  {c.label}
                </label>
                <p id={`scheduler-${c.value}-text`} className="text-xs text-slate-600 dark:text-slate-400">
                  {c.text}
                </p>
              </div>
            </div>
          ))}
          <ErrorText id="field-scheduler-error" errors={fields.scheduler} />
        </fieldset>
        {scheduler === "FSRS" && (
          <TextField
            label="Target retention (%)"
            name="desiredRetention"
            type="number"
            inputMode="numeric"
            min={70}
            max={97}
            step={1}
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
            hint={`From 70 to 97 %: the chance you still recall a card when it comes due. Higher means more reviews. ${loaded ? modelText(loaded.model) : ""}`}
            errors={fields.desiredRetention}
          />
        )}
        <div className="flex flex-col gap-1">
          <div className="flex items-start gap-2">
            <input
              type="checkbox"
              id="field-reschedule"
              name="reschedule"
              checked={reschedule}
              onChange={(e) => setReschedule(e.target.checked)}
              aria-describedby="field-reschedule-hint"
              className="mt-1"
            />
            <label htmlFor="field-reschedule" className="text-sm font-medium">
              Reschedule my cards now
            </label>
          </div>
          <p id="field-reschedule-hint" className="text-xs text-slate-600 dark:text-slate-400">
            Off: every card keeps the due date it has, and the new setting takes over from each card&apos;s next review.
            On: every card&apos;s due date moves now to what the chosen scheduler says, which can make many cards due at
            once.
          </p>
          <ErrorText id="field-reschedule-error" errors={fields.reschedule} />
        </div>
        <SubmitButton pending={pending} pendingLabel="Saving…" disabled={!loaded || pending}>
          Save scheduler
        </SubmitButton>
      </form>
    </Section>
  );
}
