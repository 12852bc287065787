import { z } from "zod";
import { ROLES } from "@/lib/auth/schemas";

/** Admin user management: inputs and DTOs (no server imports). */
export const userListQuerySchema = z
  .object({
    q: z.string().trim().max(254, "Search must be at most 254 characters").default(""),
    page: z.coerce.number({ error: "page must be a number" }).int().min(1, "page starts at 1").max(100_000).default(1),
    pageSize: z.coerce
      .number({ error: "pageSize must be a number" })
      .int()
      .min(1)
      .max(100, "pageSize must be at most 100")
      .default(20),
  })
  .strict();
export type UserListQuery = z.input<typeof userListQuerySchema>;

export const userPatchSchema = z
  .object({
    role: z.enum(ROLES, { error: "role must be LEARNER, INSTRUCTOR or ADMIN" }).optional(),
    disabled: z.boolean({ error: "disabled must be true or false" }).optional(),
  })
  .strict()
  .refine((p) => p.role !== undefined || p.disabled !== undefined, { error: "Give role and/or disabled" })
  .meta({ id: "UserPatch" });
export type UserPatch = z.infer<typeof userPatchSchema>;

export const adminUserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: z.enum(ROLES),
    disabled: z.boolean(),
    disabledAt: z.string().nullable(),
    createdAt: z.string(),
    deckCount: z.number().int(),
  })
  .meta({ id: "AdminUser" });
export type AdminUserDto = z.infer<typeof adminUserSchema>;

export const userListSchema = z
  .object({
    users: z.array(adminUserSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    pages: z.number().int(),
  })
  .meta({ id: "AdminUserList" });
export type UserListDto = z.infer<typeof userListSchema>;
