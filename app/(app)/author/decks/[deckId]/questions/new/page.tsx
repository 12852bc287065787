import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { QuestionEditor } from "@/components/authoring/editor/question-editor";
import { pageParams } from "@/lib/page-input";
import { requirePageRole } from "@/lib/auth/page-guards";
import { getAuthorDeck } from "@/lib/authoring/decks";
import { orPageError } from "@/lib/page-errors";
import { QUESTION_TYPES, type QuestionType } from "@/lib/questions/schemas";

export const metadata: Metadata = { title: "New question" };

export default async function NewQuestionPage({
  params,
  searchParams,
}: {
  params: Promise<{ deckId: string }>;
  searchParams: Promise<{ type?: string | string[] }>;
}) {
  const { deckId } = await pageParams(params);
  const { type } = await searchParams;
  const user = await requirePageRole("INSTRUCTOR", `/author/decks/${deckId}/questions/new`);
  const deck = await orPageError(getAuthorDeck(user, deckId));
  if (typeof type !== "string" || !QUESTION_TYPES.includes(type as QuestionType))
    redirect(`/author/decks/${deckId}/questions/new?type=single`);
  // Most questions of a deck cite its chapter or a subsection: start from the last one used.
  const lastSection = deck.questions.filter((q) => !q.archived && q.section).at(-1)?.section ?? deck.chapter ?? "";
  return (
    <QuestionEditor
      key={type}
      mode="create"
      deckId={deck.id}
      deckTitle={deck.title}
      type={type as QuestionType}
      section={lastSection}
    />
  );
}
