"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const EVERY_MS = 2_000;
const TRIES = 15;

/**
 * While the page shows a stored result that the server is recomputing, re-render it from the server
 * every two seconds (for half a minute at most) so the newest reviews appear without a reload.
 */
export function RefreshWhileStale({ refreshing, message }: { refreshing: boolean; message: string }) {
  const router = useRouter();
  useEffect(() => {
    if (!refreshing) return;
    let tries = 0;
    const timer = window.setInterval(() => {
      if (++tries > TRIES) window.clearInterval(timer);
      else router.refresh();
    }, EVERY_MS);
    return () => window.clearInterval(timer);
  }, [refreshing, router]);
  return (
    <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
      {message}
    </p>
  );
}
