import { listAuditEp } from "@/lib/api/endpoints/admin";
import { handle } from "@/lib/api/handler";
import { listAudit } from "@/lib/audit/list";

export const GET = handle(listAuditEp, ({ user, query }) => listAudit(user, query));
