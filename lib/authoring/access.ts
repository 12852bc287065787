/**
 * Who may author what. Every authoring service takes the acting user and goes through here.
 *
 * The rule, in one place:
 * - A deck's owner and any ADMIN may read and change it, whatever its status.
 * - Another instructor gets 403 FORBIDDEN for a deck learners can see anyway (published and
 *   not archived: its existence is public), and 404 NOT_FOUND for anything else (drafts and
 *   archived decks), so ids of other people's unpublished work reveal nothing.
 * - Learners never get here: the routes (access "instructor") and pages answer 403 first, and
 *   the services refuse them too, so a script or a future route cannot forget it.
 * Questions and quizzes follow their deck.
 */
import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Deck, Question, Quiz } from "@/lib/db/generated/client";
import { isVisibleDeck } from "@/lib/decks/visibility";
import { AppError } from "@/lib/errors";
import { assertRole, hasRole } from "@/lib/auth/roles";
import type { RoleName } from "@/lib/auth/schemas";

/** The acting user, as far as authorization cares. */
export interface Actor {
  id: string;
  role: RoleName;
}

type Client = Tx | typeof db;

export function assertAuthor(actor: Actor): void {
  assertRole(actor, "INSTRUCTOR");
}

export function canEdit(actor: Actor, deck: Pick<Deck, "ownerId">): boolean {
  return hasRole(actor, "ADMIN") || deck.ownerId === actor.id;
}

/** The decks the actor may edit, as a Prisma `where` (for lists; single decks go through editableDeck). */
export function editableDecksWhere(actor: Actor): { ownerId?: string } {
  return hasRole(actor, "ADMIN") ? {} : { ownerId: actor.id };
}

function refuse(deck: Pick<Deck, "status" | "archivedAt">): AppError {
  return isVisibleDeck(deck)
    ? new AppError("FORBIDDEN", "This deck belongs to another instructor; only its owner or an admin can change it.")
    : new AppError("NOT_FOUND", "No such deck, or it is not yours.");
}

/** The deck if the actor may edit it; NOT_FOUND/FORBIDDEN as documented above otherwise. */
export async function editableDeck(actor: Actor, deckId: string, client: Client = db): Promise<Deck> {
  assertAuthor(actor);
  const deck = await client.deck.findUnique({ where: { id: deckId } });
  if (!deck) throw new AppError("NOT_FOUND", "No such deck, or it is not yours.");
  if (!canEdit(actor, deck)) throw refuse(deck);
  return deck;
}

/** The question and its deck if the actor may edit the deck; the same answers as editableDeck otherwise. */
export async function editableQuestion(
  actor: Actor,
  questionId: string,
  client: Client = db,
): Promise<Question & { deck: Deck }> {
  assertAuthor(actor);
  const question = await client.question.findUnique({ where: { id: questionId }, include: { deck: true } });
  if (!question) throw new AppError("NOT_FOUND", "No such question, or it is not yours.");
  if (!canEdit(actor, question.deck)) {
    const err = refuse(question.deck);
    throw err.code === "NOT_FOUND" ? new AppError("NOT_FOUND", "No such question, or it is not yours.") : err;
  }
  return question;
}

/** The quiz if the actor may edit its deck; NOT_FOUND/FORBIDDEN as for its deck otherwise. */
export async function editableQuiz(actor: Actor, quizId: string, client: Client = db): Promise<Quiz & { deck: Deck }> {
  assertAuthor(actor);
  const quiz = await client.quiz.findUnique({ where: { id: quizId }, include: { deck: true } });
  if (!quiz) throw new AppError("NOT_FOUND", "No such quiz of yours.");
  if (!canEdit(actor, quiz.deck)) {
    const err = refuse(quiz.deck);
    throw err.code === "NOT_FOUND" ? new AppError("NOT_FOUND", "No such quiz of yours.") : err;
  }
  return quiz;
}
