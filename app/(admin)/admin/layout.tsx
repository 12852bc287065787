import type { ReactNode } from "react";
import { requirePageRole } from "@/lib/auth/page-guards";

/** Admin pages: signed-out visitors sign in; everyone but admins gets the 403 page. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePageRole("ADMIN", "/admin");
  return <>{children}</>;
}
