import type { Metadata } from "next";
import { StudySession } from "@/components/study/study-session";
import { requirePageUser } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage() {
  const user = await requirePageUser("/study");
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">Study</h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Answer, then grade your recall. Keys: <kbd>Space</kbd>/<kbd>Enter</kbd> reveal, <kbd>0</kbd>–<kbd>5</kbd>{" "}
          grade, <kbd>U</kbd> undo, <kbd>?</kbd> all shortcuts.
        </p>
      </div>
      <StudySession userId={user.id} />
    </div>
  );
}
