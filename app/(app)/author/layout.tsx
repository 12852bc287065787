import type { ReactNode } from "react";
import { requirePageRole } from "@/lib/auth/page-guards";

/** Authoring is for instructors and admins; learners get the 403 page. */
export default async function AuthorLayout({ children }: { children: ReactNode }) {
  await requirePageRole("INSTRUCTOR", "/author");
  return <>{children}</>;
}
