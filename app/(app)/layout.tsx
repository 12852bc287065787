import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/page-guards";

/** Everything under (app) needs a signed-in user. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  await requirePageUser();
  return <>{children}</>;
}
