import type { AuditAction, AuditTarget } from "./schemas";

/** The who/what/which of an audit row, for the call sites to spread into recordAudit. */
const of = (targetType: AuditTarget) => (actor: { id: string }, targetId: string, action: AuditAction) => ({
  actorId: actor.id,
  action,
  targetType,
  targetId,
});
export const deckAudit = of("deck");
export const questionAudit = of("question");
export const quizAudit = of("quiz");

/** What an instructor authored on a deck (not its bookkeeping columns). */
export function deckFields(d: {
  slug: string;
  title: string;
  description: string | null;
  chapter: string | null;
  status: string;
}) {
  return { slug: d.slug, title: d.title, description: d.description, chapter: d.chapter, status: d.status };
}

/** What an instructor authored on a question. */
export function questionFields(q: {
  deckId: string;
  type: string;
  prompt: string;
  explanation: string;
  section: string | null;
  payload: unknown;
  position: number;
  tags?: string[];
  quizOnly?: boolean;
}) {
  return {
    deckId: q.deckId,
    type: q.type,
    prompt: q.prompt,
    explanation: q.explanation,
    section: q.section,
    payload: q.payload,
    position: q.position,
    tags: q.tags ?? [],
    quizOnly: q.quizOnly ?? false,
  };
}
