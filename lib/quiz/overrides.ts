import "server-only";
import { db } from "@/lib/db/client";
import { editableQuiz } from "@/lib/authoring/access";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { quizAudit } from "@/lib/audit/targets";
import type { OverrideDto, OverrideInput } from "./override-schemas";

type Row = {
  userId: string;
  timeFactor: number;
  extraAttempts: number;
  closesAt: Date | null;
  user: { name: string | null; email: string };
};

function toOverrideDto(o: Row): OverrideDto {
  return {
    userId: o.userId,
    name: o.user.name,
    email: o.user.email,
    timeFactor: o.timeFactor,
    extraAttempts: o.extraAttempts,
    closesAt: o.closesAt?.toISOString() ?? null,
  };
}

const withUser = { user: { select: { name: true, email: true } } } as const;

/** The overrides on a quiz the instructor may edit, by learner email. */
export async function listOverrides(user: SessionUser, quizId: string): Promise<OverrideDto[]> {
  const quiz = await editableQuiz(user, quizId);
  const rows = await db.quizOverride.findMany({ where: { quizId: quiz.id }, include: withUser });
  return rows.map(toOverrideDto).sort((a, b) => a.email.localeCompare(b.email));
}

/** Adds or replaces one learner's override. It applies to attempts started after it; open ones keep their deadline. */
export async function saveOverride(user: SessionUser, quizId: string, input: OverrideInput): Promise<OverrideDto> {
  const quiz = await editableQuiz(user, quizId);
  const learner = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!learner) {
    throw new AppError("NOT_FOUND", "No account has that email address.", {
      fields: { email: ["No account has this email address"] },
    });
  }
  const closesAt = input.closesAt ? new Date(input.closesAt) : null;
  if (closesAt && quiz.opensAt && closesAt <= quiz.opensAt) {
    throw new AppError("BAD_REQUEST", "The learner's close time must be after the quiz opens.", {
      fields: { closesAt: ["Must be after the quiz opens"] },
    });
  }
  const data = { timeFactor: input.timeFactor, extraAttempts: input.extraAttempts, closesAt };
  const where = { quizId_userId: { quizId: quiz.id, userId: learner.id } };
  const row = await db.$transaction(async (tx) => {
    const before = await tx.quizOverride.findUnique({ where });
    const saved = await tx.quizOverride.upsert({
      where,
      create: { quizId: quiz.id, userId: learner.id, ...data },
      update: data,
      include: withUser,
    });
    const shape = (o: Omit<Row, "user">) => ({
      userId: o.userId,
      timeFactor: o.timeFactor,
      extraAttempts: o.extraAttempts,
      closesAt: o.closesAt,
    });
    await recordAudit(tx, {
      ...quizAudit(user, quiz.id, "quiz.override"),
      before: before ? shape(before) : null,
      after: shape(saved),
    });
    return saved;
  });
  return toOverrideDto(row);
}

export async function deleteOverride(user: SessionUser, quizId: string, userId: string) {
  const quiz = await editableQuiz(user, quizId);
  await db.$transaction(async (tx) => {
    const before = await tx.quizOverride.findUnique({ where: { quizId_userId: { quizId: quiz.id, userId } } });
    if (!before) throw new AppError("NOT_FOUND", "That learner has no override on this quiz.");
    await tx.quizOverride.delete({ where: { quizId_userId: { quizId: quiz.id, userId } } });
    const { timeFactor, extraAttempts, closesAt } = before;
    await recordAudit(tx, {
      ...quizAudit(user, quiz.id, "quiz.override.remove"),
      before: { userId, timeFactor, extraAttempts, closesAt },
    });
  });
  return { userId, deleted: true as const };
}
