import { adminUserSchema, userListQuerySchema, userListSchema, userPatchSchema } from "@/lib/admin/schemas";
import { auditListQuerySchema, auditListSchema } from "@/lib/audit/schemas";
import { endpoint, idParams } from "../endpoint";

const tag = "Admin";

export const listUsersEp = endpoint({
  method: "GET",
  path: "/api/v1/admin/users",
  summary: "Users, searched by email or name (case-insensitive), 20 a page by default",
  tag,
  access: "admin",
  query: userListQuerySchema,
  response: userListSchema,
});

export const updateUserEp = endpoint({
  method: "PATCH",
  path: "/api/v1/admin/users/{userId}",
  summary:
    "Change a user's role or disable/enable their account (a disabled user cannot sign in and their session stops working). Admins cannot demote or disable themselves (422)",
  tag,
  access: "admin",
  params: idParams("userId"),
  body: userPatchSchema,
  response: adminUserSchema,
  errors: [404, 422],
});

export const listAuditEp = endpoint({
  method: "GET",
  path: "/api/v1/admin/audit",
  summary:
    "The audit log of admin and instructor actions (who, what, when, before/after), newest first, 50 a page by default; filter by actor (email or id) and action",
  tag,
  access: "admin",
  query: auditListQuerySchema,
  response: auditListSchema,
});
