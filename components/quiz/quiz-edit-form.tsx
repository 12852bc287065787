"use client";
import { useRouter } from "next/navigation";
import { StatusAlert } from "@/components/ui/alert";
import { SaveSettingsButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { formText } from "@/components/ui/form-text";
import { useApiForm } from "@/components/ui/use-api-form";
import { updateQuizEp } from "@/lib/api/routes";
import { fromUtcInput } from "@/lib/quiz/format";
import type { ReviewOptions } from "@/lib/quiz/review-options";
import { readReviewOptionsForm, ReviewOptionsFields } from "./review-options-fields";
import { QuizWindowFields } from "./quiz-window-fields";

export interface EditableQuiz {
  id: string;
  title: string;
  questionCount: number;
  timeLimitSeconds: number;
  attemptsAllowed: number;
  passMarkPercent: number;
  shuffle: boolean;
  reviewOptions: ReviewOptions;
  opensAt: string | null;
  closesAt: string | null;
}

/** Edits a quiz's settings, window and review options; attempts already started keep their deadline. */
export function QuizEditForm({ quiz }: { quiz: EditableQuiz }) {
  const router = useRouter();
  const { fields, setFields, status, setStatus, pending, submit } = useApiForm();
  const numbers = [
    { label: "Questions drawn per attempt", name: "questionCount", min: 1, max: 100, value: quiz.questionCount },
    { label: "Time limit (minutes)", name: "timeLimitMinutes", min: 0.5, step: 0.5, value: quiz.timeLimitSeconds / 60 },
    { label: "Attempts allowed", name: "attemptsAllowed", min: 1, max: 100, value: quiz.attemptsAllowed },
    { label: "Pass mark (%)", name: "passMarkPercent", min: 0, max: 100, value: quiz.passMarkPercent },
  ];

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const body = {
      title: formText(f, "title"),
      questionCount: Number(f.get("questionCount")),
      timeLimitSeconds: Math.round(Number(f.get("timeLimitMinutes")) * 60),
      attemptsAllowed: Number(f.get("attemptsAllowed")),
      passMarkPercent: Number(f.get("passMarkPercent")),
      shuffle: f.get("shuffle") === "on",
      opensAt: fromUtcInput(formText(f, "opensAt")),
      closesAt: fromUtcInput(formText(f, "closesAt")),
      reviewOptions: readReviewOptionsForm(f),
    };
    if (!(await submit(updateQuizEp, { params: { quizId: quiz.id }, body }, "Could not save the quiz."))) {
      setFields((f) => (f.timeLimitSeconds ? { ...f, timeLimitMinutes: f.timeLimitSeconds } : f));
      return;
    }
    setStatus({ kind: "success", text: "Quiz saved." });
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label="Quiz settings">
      <StatusAlert status={status} />
      <TextField label="Title" name="title" required defaultValue={quiz.title} errors={fields.title} />
      <div className="grid gap-3 sm:grid-cols-2">
        {numbers.map(({ value, ...spec }) => (
          <TextField key={spec.name} {...spec} type="number" defaultValue={value} errors={fields[spec.name]} />
        ))}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="shuffle" defaultChecked={quiz.shuffle} /> Shuffle questions and options
      </label>
      <QuizWindowFields opensAt={quiz.opensAt} closesAt={quiz.closesAt} fields={fields} />
      <ReviewOptionsFields value={quiz.reviewOptions} errors={fields.reviewOptions} />
      <SaveSettingsButton pending={pending} />
    </form>
  );
}
