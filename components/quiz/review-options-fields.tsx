import type { ReviewOptions } from "@/lib/quiz/review-options";
import { REVIEW_THINGS, REVIEW_TIMES } from "@/lib/quiz/review-times";

const TIME_LABEL = {
  immediately: "Right after the attempt",
  later: "Later, while open",
  afterClose: "After it closes",
} as const;
const THING_LABEL = { marks: "Score", answers: "Right answers", explanations: "Explanations" } as const;

const fieldName = (time: string, thing: string) => `review-${time}-${thing}`;

/** The 3 × 3 checkboxes of a quiz's review options (Moodle's layout: a column per time). */
export function ReviewOptionsFields({ value, errors }: { value: ReviewOptions; errors?: string[] }) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby="review-options-hint">
      <legend className="text-sm font-medium">Review options</legend>
      <p id="review-options-hint" className="text-xs text-slate-600 dark:text-slate-400">
        What learners see of a finished attempt, and when. “Immediately” is the first 2 minutes after submitting; the
        quiz closes for a learner at its close time or when they have no attempts left.
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        {REVIEW_TIMES.map((time) => (
          <fieldset
            key={time}
            className="flex flex-col gap-1 rounded-md border border-slate-200 p-3 dark:border-slate-700"
          >
            <legend className="px-1 text-xs font-semibold">{TIME_LABEL[time]}</legend>
            {REVIEW_THINGS.map((thing) => (
              <label key={thing} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={fieldName(time, thing)} defaultChecked={value[time][thing]} />
                {THING_LABEL[thing]}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      {errors?.length ? <p className="text-sm text-red-700 dark:text-red-400">{errors.join(" ")}</p> : null}
    </fieldset>
  );
}

/** The matrix the checkboxes of ReviewOptionsFields hold. */
export function readReviewOptionsForm(f: FormData): ReviewOptions {
  const row = (time: string) => ({
    marks: f.get(fieldName(time, "marks")) === "on",
    answers: f.get(fieldName(time, "answers")) === "on",
    explanations: f.get(fieldName(time, "explanations")) === "on",
  });
  return { immediately: row("immediately"), later: row("later"), afterClose: row("afterClose") };
}
