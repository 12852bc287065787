import { z } from "zod";

/** Audit log: actions, list query and DTOs (no server imports). */
export const AUDIT_ACTIONS = [
  "user.role",
  "user.disable",
  "user.enable",
  "deck.create",
  "deck.update",
  "deck.publish",
  "deck.unpublish",
  "deck.archive",
  "deck.unarchive",
  "deck.import",
  "question.create",
  "question.update",
  "question.duplicate",
  "question.archive",
  "question.unarchive",
  "question.reorder",
  "quiz.create",
  "quiz.regrade",
  "quiz.update",
  "quiz.archive",
  "quiz.unarchive",
  "quiz.duplicate",
  "quiz.delete",
  "quiz.override",
  "quiz.override.remove",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_TARGETS = ["user", "deck", "question", "quiz"] as const;
export type AuditTarget = (typeof AUDIT_TARGETS)[number];

export const auditListQuerySchema = z
  .object({
    actor: z.string().trim().max(254, "actor must be at most 254 characters").optional(),
    action: z.enum(AUDIT_ACTIONS, { error: `action must be one of: ${AUDIT_ACTIONS.join(", ")}` }).optional(),
    page: z.coerce.number({ error: "page must be a number" }).int().min(1, "page starts at 1").max(100_000).default(1),
    pageSize: z.coerce
      .number({ error: "pageSize must be a number" })
      .int()
      .min(1, "pageSize must be at least 1")
      .max(100, "pageSize must be at most 100")
      .default(50),
  })
  .strict();
export type AuditListQuery = z.input<typeof auditListQuerySchema>;

export const auditEntrySchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    actor: z.object({ id: z.string(), email: z.string().nullable() }),
    action: z.enum(AUDIT_ACTIONS),
    targetType: z.enum(AUDIT_TARGETS),
    targetId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: "AuditEntry" });
export type AuditEntryDto = z.infer<typeof auditEntrySchema>;

export const auditListSchema = z
  .object({
    entries: z.array(auditEntrySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    pages: z.number().int(),
  })
  .meta({ id: "AuditList" });
export type AuditListDto = z.infer<typeof auditListSchema>;
