import type { Metadata } from "next";
import { QuestionEditor } from "@/components/authoring/editor/question-editor";
import { pageParams } from "@/lib/page-input";
import { requirePageRole } from "@/lib/auth/page-guards";
import { orPageError } from "@/lib/page-errors";
import { getAuthorQuestion } from "@/lib/authoring/questions";

export const metadata: Metadata = { title: "Edit question" };

export default async function EditQuestionPage({ params }: { params: Promise<{ questionId: string }> }) {
  const { questionId } = await pageParams(params);
  const user = await requirePageRole("INSTRUCTOR", `/author/questions/${questionId}/edit`);
  const q = await orPageError(getAuthorQuestion(user, questionId));
  return <QuestionEditor key={q.updatedAt} mode="edit" deckId={q.deckId} deckTitle={q.deckTitle} question={q} />;
}
