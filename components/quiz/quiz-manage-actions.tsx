"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { api, apiMessage } from "@/lib/api/client";
import { deleteQuizEp, duplicateQuizEp, updateQuizEp } from "@/lib/api/routes";

/** Duplicate, archive/unarchive and delete (the last asks first, and the server refuses it once attempted). */
export function QuizManageActions({
  quizId,
  title,
  archived,
  attempts,
}: {
  quizId: string;
  title: string;
  archived: boolean;
  attempts: number;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function run(work: () => Promise<string>, fail: string) {
    setPending(true);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (err) {
      setMessage(apiMessage(err, fail));
    } finally {
      setPending(false);
    }
  }

  const duplicate = () =>
    run(async () => {
      const copy = await api(duplicateQuizEp, { params: { quizId } });
      router.push(`/author/quizzes/${copy.id}`);
      return `Created “${copy.title}”.`;
    }, "Could not duplicate the quiz.");
  const toggleArchive = () =>
    run(async () => {
      await api(updateQuizEp, { params: { quizId }, body: { archived: !archived } });
      router.refresh();
      return archived ? "Unarchived: learners see it again." : "Archived: learners no longer see it.";
    }, "Could not change the quiz.");
  const remove = () => {
    if (!window.confirm(`Delete “${title}” for good?`)) return;
    void run(async () => {
      await api(deleteQuizEp, { params: { quizId } });
      router.push("/author/quizzes");
      return "Deleted.";
    }, "Could not delete the quiz.");
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={duplicate} disabled={pending}>
          Duplicate
        </Button>
        <Button variant="secondary" onClick={toggleArchive} disabled={pending}>
          {archived ? "Unarchive" : "Archive"}
        </Button>
        <Button
          variant="danger"
          onClick={remove}
          disabled={pending || attempts > 0}
          aria-describedby={attempts > 0 ? "delete-hint" : undefined}
        >
          Delete
        </Button>
      </div>
      {attempts > 0 && (
        <p id="delete-hint" className="text-xs text-slate-600 dark:text-slate-400">
          A quiz with attempts cannot be deleted; archive it to hide it from learners and keep their results.
        </p>
      )}
      <p role="status" className="text-sm">
        {message}
      </p>
    </div>
  );
}
